import * as $protobuf from "protobufjs/minimal.js";
import type Long from "long";

/** Namespace opentelemetry. */
export namespace opentelemetry {

    /** Namespace proto. */
    namespace proto {

        /** Namespace collector. */
        namespace collector {

            /** Namespace trace. */
            namespace trace {

                /** Namespace v1. */
                namespace v1 {

                    /** Represents a TraceService */
                    class TraceService extends $protobuf.rpc.Service {

                        /**
                         * Constructs a new TraceService service.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         */
                        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                        /**
                         * Creates new TraceService service using the specified rpc implementation.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         * @returns RPC service. Useful where requests and/or responses are streamed.
                         */
                        static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): TraceService;

                        /** Calls Export. */
                        export: opentelemetry.proto.collector.trace.v1.TraceService.Export;
                    }

                    namespace TraceService {

                        /**
                         * Callback as used by {@link opentelemetry.proto.collector.trace.v1.TraceService#export_}.
                         * @param error Error, if any
                         * @param [response] ExportTraceServiceResponse
                         */
                        type ExportCallback = (error: (Error|null), response?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse) => void;

                        /** Calls Export. */
                        type Export = {
                          (request: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest, callback: opentelemetry.proto.collector.trace.v1.TraceService.ExportCallback): void;
                          (request: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest): Promise<opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse>;
                          readonly name: "Export";
                          readonly path: "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
                          readonly requestType: "ExportTraceServiceRequest";
                          readonly responseType: "ExportTraceServiceResponse";
                          readonly requestStream: undefined;
                          readonly responseStream: undefined;
                        };
                    }

                    /**
                     * Properties of an ExportTraceServiceRequest.
                     * @deprecated Use opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties instead.
                     */
                    interface IExportTraceServiceRequest extends opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties {
                    }

                    /** Represents an ExportTraceServiceRequest. */
                    class ExportTraceServiceRequest {

                        /**
                         * Constructs a new ExportTraceServiceRequest.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportTraceServiceRequest resourceSpans. */
                        resourceSpans: opentelemetry.proto.trace.v1.ResourceSpans.$Properties[];

                        /**
                         * Creates a new ExportTraceServiceRequest instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTraceServiceRequest instance
                         */
                        static create(properties: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape;
                        static create(properties?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

                        /**
                         * Encodes the specified ExportTraceServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @param message ExportTraceServiceRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape} ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape;

                        /**
                         * Creates an ExportTraceServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportTraceServiceRequest
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

                        /**
                         * Creates a plain object from an ExportTraceServiceRequest message. Also converts values to other types if specified.
                         * @param message ExportTraceServiceRequest
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportTraceServiceRequest to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace ExportTraceServiceRequest {

                        /** Properties of an ExportTraceServiceRequest. */
                        interface $Properties {

                            /** ExportTraceServiceRequest resourceSpans */
                            resourceSpans?: (opentelemetry.proto.trace.v1.ResourceSpans.$Properties[]|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportTraceServiceRequest. */
                        type $Shape = {
                          resourceSpans?: opentelemetry.proto.trace.v1.ResourceSpans.$Shape[]|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    /**
                     * Properties of an ExportTraceServiceResponse.
                     * @deprecated Use opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties instead.
                     */
                    interface IExportTraceServiceResponse extends opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties {
                    }

                    /** Represents an ExportTraceServiceResponse. */
                    class ExportTraceServiceResponse {

                        /**
                         * Constructs a new ExportTraceServiceResponse.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportTraceServiceResponse partialSuccess. */
                        partialSuccess?: (opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties|null);

                        /**
                         * Creates a new ExportTraceServiceResponse instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTraceServiceResponse instance
                         */
                        static create(properties: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape;
                        static create(properties?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

                        /**
                         * Encodes the specified ExportTraceServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @param message ExportTraceServiceResponse message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape} ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape;

                        /**
                         * Creates an ExportTraceServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportTraceServiceResponse
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

                        /**
                         * Creates a plain object from an ExportTraceServiceResponse message. Also converts values to other types if specified.
                         * @param message ExportTraceServiceResponse
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportTraceServiceResponse to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace ExportTraceServiceResponse {

                        /** Properties of an ExportTraceServiceResponse. */
                        interface $Properties {

                            /** ExportTraceServiceResponse partialSuccess */
                            partialSuccess?: (opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportTraceServiceResponse. */
                        type $Shape = opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties;
                    }

                    /**
                     * Properties of an ExportTracePartialSuccess.
                     * @deprecated Use opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties instead.
                     */
                    interface IExportTracePartialSuccess extends opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties {
                    }

                    /** Represents an ExportTracePartialSuccess. */
                    class ExportTracePartialSuccess {

                        /**
                         * Constructs a new ExportTracePartialSuccess.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportTracePartialSuccess rejectedSpans. */
                        rejectedSpans: (number|Long);

                        /** ExportTracePartialSuccess errorMessage. */
                        errorMessage: string;

                        /**
                         * Creates a new ExportTracePartialSuccess instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTracePartialSuccess instance
                         */
                        static create(properties: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape;
                        static create(properties?: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;

                        /**
                         * Encodes the specified ExportTracePartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.verify|verify} messages.
                         * @param message ExportTracePartialSuccess message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTracePartialSuccess message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape} ExportTracePartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape;

                        /**
                         * Creates an ExportTracePartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportTracePartialSuccess
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;

                        /**
                         * Creates a plain object from an ExportTracePartialSuccess message. Also converts values to other types if specified.
                         * @param message ExportTracePartialSuccess
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportTracePartialSuccess to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace ExportTracePartialSuccess {

                        /** Properties of an ExportTracePartialSuccess. */
                        interface $Properties {

                            /** ExportTracePartialSuccess rejectedSpans */
                            rejectedSpans?: (number|Long|null);

                            /** ExportTracePartialSuccess errorMessage */
                            errorMessage?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportTracePartialSuccess. */
                        type $Shape = opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties;
                    }
                }
            }

            /** Namespace profiles. */
            namespace profiles {

                /** Namespace v1development. */
                namespace v1development {

                    /** Represents a ProfilesService */
                    class ProfilesService extends $protobuf.rpc.Service {

                        /**
                         * Constructs a new ProfilesService service.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         */
                        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                        /**
                         * Creates new ProfilesService service using the specified rpc implementation.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         * @returns RPC service. Useful where requests and/or responses are streamed.
                         */
                        static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ProfilesService;

                        /** Calls Export. */
                        export: opentelemetry.proto.collector.profiles.v1development.ProfilesService.Export;
                    }

                    namespace ProfilesService {

                        /**
                         * Callback as used by {@link opentelemetry.proto.collector.profiles.v1development.ProfilesService#export_}.
                         * @param error Error, if any
                         * @param [response] ExportProfilesServiceResponse
                         */
                        type ExportCallback = (error: (Error|null), response?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse) => void;

                        /** Calls Export. */
                        type Export = {
                          (request: opentelemetry.proto.collector.profiles.v1development.IExportProfilesServiceRequest, callback: opentelemetry.proto.collector.profiles.v1development.ProfilesService.ExportCallback): void;
                          (request: opentelemetry.proto.collector.profiles.v1development.IExportProfilesServiceRequest): Promise<opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse>;
                          readonly name: "Export";
                          readonly path: "/opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export";
                          readonly requestType: "ExportProfilesServiceRequest";
                          readonly responseType: "ExportProfilesServiceResponse";
                          readonly requestStream: undefined;
                          readonly responseStream: undefined;
                        };
                    }

                    /**
                     * Properties of an ExportProfilesServiceRequest.
                     * @deprecated Use opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties instead.
                     */
                    interface IExportProfilesServiceRequest extends opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties {
                    }

                    /** Represents an ExportProfilesServiceRequest. */
                    class ExportProfilesServiceRequest {

                        /**
                         * Constructs a new ExportProfilesServiceRequest.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportProfilesServiceRequest resourceProfiles. */
                        resourceProfiles: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties[];

                        /** ExportProfilesServiceRequest dictionary. */
                        dictionary?: (opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties|null);

                        /**
                         * Creates a new ExportProfilesServiceRequest instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportProfilesServiceRequest instance
                         */
                        static create(properties: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Shape): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Shape;
                        static create(properties?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest;

                        /**
                         * Encodes the specified ExportProfilesServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.verify|verify} messages.
                         * @param message ExportProfilesServiceRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportProfilesServiceRequest message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Shape} ExportProfilesServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Shape;

                        /**
                         * Creates an ExportProfilesServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportProfilesServiceRequest
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest;

                        /**
                         * Creates a plain object from an ExportProfilesServiceRequest message. Also converts values to other types if specified.
                         * @param message ExportProfilesServiceRequest
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportProfilesServiceRequest to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace ExportProfilesServiceRequest {

                        /** Properties of an ExportProfilesServiceRequest. */
                        interface $Properties {

                            /** ExportProfilesServiceRequest resourceProfiles */
                            resourceProfiles?: (opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties[]|null);

                            /** ExportProfilesServiceRequest dictionary */
                            dictionary?: (opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportProfilesServiceRequest. */
                        type $Shape = {
                          resourceProfiles?: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape[]|null;
                          dictionary?: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    /**
                     * Properties of an ExportProfilesServiceResponse.
                     * @deprecated Use opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties instead.
                     */
                    interface IExportProfilesServiceResponse extends opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties {
                    }

                    /** Represents an ExportProfilesServiceResponse. */
                    class ExportProfilesServiceResponse {

                        /**
                         * Constructs a new ExportProfilesServiceResponse.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportProfilesServiceResponse partialSuccess. */
                        partialSuccess?: (opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties|null);

                        /**
                         * Creates a new ExportProfilesServiceResponse instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportProfilesServiceResponse instance
                         */
                        static create(properties: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Shape): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Shape;
                        static create(properties?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse;

                        /**
                         * Encodes the specified ExportProfilesServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.verify|verify} messages.
                         * @param message ExportProfilesServiceResponse message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportProfilesServiceResponse message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Shape} ExportProfilesServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse & opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Shape;

                        /**
                         * Creates an ExportProfilesServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportProfilesServiceResponse
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse;

                        /**
                         * Creates a plain object from an ExportProfilesServiceResponse message. Also converts values to other types if specified.
                         * @param message ExportProfilesServiceResponse
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportProfilesServiceResponse to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace ExportProfilesServiceResponse {

                        /** Properties of an ExportProfilesServiceResponse. */
                        interface $Properties {

                            /** ExportProfilesServiceResponse partialSuccess */
                            partialSuccess?: (opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportProfilesServiceResponse. */
                        type $Shape = opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceResponse.$Properties;
                    }

                    /**
                     * Properties of an ExportProfilesPartialSuccess.
                     * @deprecated Use opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties instead.
                     */
                    interface IExportProfilesPartialSuccess extends opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties {
                    }

                    /** Represents an ExportProfilesPartialSuccess. */
                    class ExportProfilesPartialSuccess {

                        /**
                         * Constructs a new ExportProfilesPartialSuccess.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportProfilesPartialSuccess rejectedProfiles. */
                        rejectedProfiles: (number|Long);

                        /** ExportProfilesPartialSuccess errorMessage. */
                        errorMessage: string;

                        /**
                         * Creates a new ExportProfilesPartialSuccess instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportProfilesPartialSuccess instance
                         */
                        static create(properties: opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Shape): opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess & opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Shape;
                        static create(properties?: opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties): opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess;

                        /**
                         * Encodes the specified ExportProfilesPartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.verify|verify} messages.
                         * @param message ExportProfilesPartialSuccess message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportProfilesPartialSuccess message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess & opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Shape} ExportProfilesPartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess & opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Shape;

                        /**
                         * Creates an ExportProfilesPartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportProfilesPartialSuccess
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess;

                        /**
                         * Creates a plain object from an ExportProfilesPartialSuccess message. Also converts values to other types if specified.
                         * @param message ExportProfilesPartialSuccess
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportProfilesPartialSuccess to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace ExportProfilesPartialSuccess {

                        /** Properties of an ExportProfilesPartialSuccess. */
                        interface $Properties {

                            /** ExportProfilesPartialSuccess rejectedProfiles */
                            rejectedProfiles?: (number|Long|null);

                            /** ExportProfilesPartialSuccess errorMessage */
                            errorMessage?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportProfilesPartialSuccess. */
                        type $Shape = opentelemetry.proto.collector.profiles.v1development.ExportProfilesPartialSuccess.$Properties;
                    }
                }
            }
        }

        /** Namespace trace. */
        namespace trace {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a TracesData.
                 * @deprecated Use opentelemetry.proto.trace.v1.TracesData.$Properties instead.
                 */
                interface ITracesData extends opentelemetry.proto.trace.v1.TracesData.$Properties {
                }

                /** Represents a TracesData. */
                class TracesData {

                    /**
                     * Constructs a new TracesData.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.TracesData.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** TracesData resourceSpans. */
                    resourceSpans: opentelemetry.proto.trace.v1.ResourceSpans.$Properties[];

                    /**
                     * Creates a new TracesData instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns TracesData instance
                     */
                    static create(properties: opentelemetry.proto.trace.v1.TracesData.$Shape): opentelemetry.proto.trace.v1.TracesData & opentelemetry.proto.trace.v1.TracesData.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.TracesData.$Properties): opentelemetry.proto.trace.v1.TracesData;

                    /**
                     * Encodes the specified TracesData message. Does not implicitly {@link opentelemetry.proto.trace.v1.TracesData.verify|verify} messages.
                     * @param message TracesData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.trace.v1.TracesData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a TracesData message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.TracesData & opentelemetry.proto.trace.v1.TracesData.$Shape} TracesData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.TracesData & opentelemetry.proto.trace.v1.TracesData.$Shape;

                    /**
                     * Creates a TracesData message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns TracesData
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.TracesData;

                    /**
                     * Creates a plain object from a TracesData message. Also converts values to other types if specified.
                     * @param message TracesData
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.trace.v1.TracesData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this TracesData to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace TracesData {

                    /** Properties of a TracesData. */
                    interface $Properties {

                        /** TracesData resourceSpans */
                        resourceSpans?: (opentelemetry.proto.trace.v1.ResourceSpans.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a TracesData. */
                    type $Shape = {
                      resourceSpans?: opentelemetry.proto.trace.v1.ResourceSpans.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ResourceSpans.
                 * @deprecated Use opentelemetry.proto.trace.v1.ResourceSpans.$Properties instead.
                 */
                interface IResourceSpans extends opentelemetry.proto.trace.v1.ResourceSpans.$Properties {
                }

                /** Represents a ResourceSpans. */
                class ResourceSpans {

                    /**
                     * Constructs a new ResourceSpans.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.ResourceSpans.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ResourceSpans resource. */
                    resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);

                    /** ResourceSpans scopeSpans. */
                    scopeSpans: opentelemetry.proto.trace.v1.ScopeSpans.$Properties[];

                    /** ResourceSpans schemaUrl. */
                    schemaUrl: string;

                    /**
                     * Creates a new ResourceSpans instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ResourceSpans instance
                     */
                    static create(properties: opentelemetry.proto.trace.v1.ResourceSpans.$Shape): opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.ResourceSpans.$Properties): opentelemetry.proto.trace.v1.ResourceSpans;

                    /**
                     * Encodes the specified ResourceSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ResourceSpans.verify|verify} messages.
                     * @param message ResourceSpans message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.trace.v1.ResourceSpans.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResourceSpans message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape} ResourceSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape;

                    /**
                     * Creates a ResourceSpans message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ResourceSpans
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.ResourceSpans;

                    /**
                     * Creates a plain object from a ResourceSpans message. Also converts values to other types if specified.
                     * @param message ResourceSpans
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.trace.v1.ResourceSpans, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ResourceSpans to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ResourceSpans {

                    /** Properties of a ResourceSpans. */
                    interface $Properties {

                        /** ResourceSpans resource */
                        resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);

                        /** ResourceSpans scopeSpans */
                        scopeSpans?: (opentelemetry.proto.trace.v1.ScopeSpans.$Properties[]|null);

                        /** ResourceSpans schemaUrl */
                        schemaUrl?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ResourceSpans. */
                    type $Shape = {
                      resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                      scopeSpans?: opentelemetry.proto.trace.v1.ScopeSpans.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ScopeSpans.
                 * @deprecated Use opentelemetry.proto.trace.v1.ScopeSpans.$Properties instead.
                 */
                interface IScopeSpans extends opentelemetry.proto.trace.v1.ScopeSpans.$Properties {
                }

                /** Represents a ScopeSpans. */
                class ScopeSpans {

                    /**
                     * Constructs a new ScopeSpans.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.ScopeSpans.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ScopeSpans scope. */
                    scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);

                    /** ScopeSpans spans. */
                    spans: opentelemetry.proto.trace.v1.Span.$Properties[];

                    /** ScopeSpans schemaUrl. */
                    schemaUrl: string;

                    /**
                     * Creates a new ScopeSpans instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ScopeSpans instance
                     */
                    static create(properties: opentelemetry.proto.trace.v1.ScopeSpans.$Shape): opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.ScopeSpans.$Properties): opentelemetry.proto.trace.v1.ScopeSpans;

                    /**
                     * Encodes the specified ScopeSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ScopeSpans.verify|verify} messages.
                     * @param message ScopeSpans message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.trace.v1.ScopeSpans.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ScopeSpans message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape} ScopeSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape;

                    /**
                     * Creates a ScopeSpans message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ScopeSpans
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.ScopeSpans;

                    /**
                     * Creates a plain object from a ScopeSpans message. Also converts values to other types if specified.
                     * @param message ScopeSpans
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.trace.v1.ScopeSpans, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ScopeSpans to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ScopeSpans {

                    /** Properties of a ScopeSpans. */
                    interface $Properties {

                        /** ScopeSpans scope */
                        scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);

                        /** ScopeSpans spans */
                        spans?: (opentelemetry.proto.trace.v1.Span.$Properties[]|null);

                        /** ScopeSpans schemaUrl */
                        schemaUrl?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ScopeSpans. */
                    type $Shape = {
                      scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                      spans?: opentelemetry.proto.trace.v1.Span.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a Span.
                 * @deprecated Use opentelemetry.proto.trace.v1.Span.$Properties instead.
                 */
                interface ISpan extends opentelemetry.proto.trace.v1.Span.$Properties {
                }

                /** Represents a Span. */
                class Span {

                    /**
                     * Constructs a new Span.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.Span.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Span traceId. */
                    traceId: Uint8Array;

                    /** Span spanId. */
                    spanId: Uint8Array;

                    /** Span traceState. */
                    traceState: string;

                    /** Span parentSpanId. */
                    parentSpanId: Uint8Array;

                    /** Span flags. */
                    flags: number;

                    /** Span name. */
                    name: string;

                    /** Span kind. */
                    kind: opentelemetry.proto.trace.v1.Span.SpanKind;

                    /** Span startTimeUnixNano. */
                    startTimeUnixNano: (number|Long);

                    /** Span endTimeUnixNano. */
                    endTimeUnixNano: (number|Long);

                    /** Span attributes. */
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** Span droppedAttributesCount. */
                    droppedAttributesCount: number;

                    /** Span events. */
                    events: opentelemetry.proto.trace.v1.Span.Event.$Properties[];

                    /** Span droppedEventsCount. */
                    droppedEventsCount: number;

                    /** Span links. */
                    links: opentelemetry.proto.trace.v1.Span.Link.$Properties[];

                    /** Span droppedLinksCount. */
                    droppedLinksCount: number;

                    /** Span status. */
                    status?: (opentelemetry.proto.trace.v1.Status.$Properties|null);

                    /**
                     * Creates a new Span instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Span instance
                     */
                    static create(properties: opentelemetry.proto.trace.v1.Span.$Shape): opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.Span.$Properties): opentelemetry.proto.trace.v1.Span;

                    /**
                     * Encodes the specified Span message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.verify|verify} messages.
                     * @param message Span message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.trace.v1.Span.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Span message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape} Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape;

                    /**
                     * Creates a Span message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Span
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.Span;

                    /**
                     * Creates a plain object from a Span message. Also converts values to other types if specified.
                     * @param message Span
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.trace.v1.Span, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Span to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Span {

                    /** Properties of a Span. */
                    interface $Properties {

                        /** Span traceId */
                        traceId?: (Uint8Array|null);

                        /** Span spanId */
                        spanId?: (Uint8Array|null);

                        /** Span traceState */
                        traceState?: (string|null);

                        /** Span parentSpanId */
                        parentSpanId?: (Uint8Array|null);

                        /** Span flags */
                        flags?: (number|null);

                        /** Span name */
                        name?: (string|null);

                        /** Span kind */
                        kind?: (opentelemetry.proto.trace.v1.Span.SpanKind|null);

                        /** Span startTimeUnixNano */
                        startTimeUnixNano?: (number|Long|null);

                        /** Span endTimeUnixNano */
                        endTimeUnixNano?: (number|Long|null);

                        /** Span attributes */
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** Span droppedAttributesCount */
                        droppedAttributesCount?: (number|null);

                        /** Span events */
                        events?: (opentelemetry.proto.trace.v1.Span.Event.$Properties[]|null);

                        /** Span droppedEventsCount */
                        droppedEventsCount?: (number|null);

                        /** Span links */
                        links?: (opentelemetry.proto.trace.v1.Span.Link.$Properties[]|null);

                        /** Span droppedLinksCount */
                        droppedLinksCount?: (number|null);

                        /** Span status */
                        status?: (opentelemetry.proto.trace.v1.Status.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Span. */
                    type $Shape = {
                      traceId?: Uint8Array|null;
                      spanId?: Uint8Array|null;
                      traceState?: string|null;
                      parentSpanId?: Uint8Array|null;
                      flags?: number|null;
                      name?: string|null;
                      kind?: opentelemetry.proto.trace.v1.Span.SpanKind|null;
                      startTimeUnixNano?: number|Long|null;
                      endTimeUnixNano?: number|Long|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      events?: opentelemetry.proto.trace.v1.Span.Event.$Shape[]|null;
                      droppedEventsCount?: number|null;
                      links?: opentelemetry.proto.trace.v1.Span.Link.$Shape[]|null;
                      droppedLinksCount?: number|null;
                      status?: opentelemetry.proto.trace.v1.Status.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };

                    /** SpanKind enum. */
                    enum SpanKind {

                        /** SPAN_KIND_UNSPECIFIED value */
                        SPAN_KIND_UNSPECIFIED = 0,

                        /** SPAN_KIND_INTERNAL value */
                        SPAN_KIND_INTERNAL = 1,

                        /** SPAN_KIND_SERVER value */
                        SPAN_KIND_SERVER = 2,

                        /** SPAN_KIND_CLIENT value */
                        SPAN_KIND_CLIENT = 3,

                        /** SPAN_KIND_PRODUCER value */
                        SPAN_KIND_PRODUCER = 4,

                        /** SPAN_KIND_CONSUMER value */
                        SPAN_KIND_CONSUMER = 5
                    }

                    /**
                     * Properties of an Event.
                     * @deprecated Use opentelemetry.proto.trace.v1.Span.Event.$Properties instead.
                     */
                    interface IEvent extends opentelemetry.proto.trace.v1.Span.Event.$Properties {
                    }

                    /** Represents an Event. */
                    class Event {

                        /**
                         * Constructs a new Event.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.trace.v1.Span.Event.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Event timeUnixNano. */
                        timeUnixNano: (number|Long);

                        /** Event name. */
                        name: string;

                        /** Event attributes. */
                        attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                        /** Event droppedAttributesCount. */
                        droppedAttributesCount: number;

                        /**
                         * Creates a new Event instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Event instance
                         */
                        static create(properties: opentelemetry.proto.trace.v1.Span.Event.$Shape): opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape;
                        static create(properties?: opentelemetry.proto.trace.v1.Span.Event.$Properties): opentelemetry.proto.trace.v1.Span.Event;

                        /**
                         * Encodes the specified Event message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Event.verify|verify} messages.
                         * @param message Event message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.trace.v1.Span.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an Event message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape} Event
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape;

                        /**
                         * Creates an Event message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Event
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.Span.Event;

                        /**
                         * Creates a plain object from an Event message. Also converts values to other types if specified.
                         * @param message Event
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.trace.v1.Span.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Event to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace Event {

                        /** Properties of an Event. */
                        interface $Properties {

                            /** Event timeUnixNano */
                            timeUnixNano?: (number|Long|null);

                            /** Event name */
                            name?: (string|null);

                            /** Event attributes */
                            attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                            /** Event droppedAttributesCount */
                            droppedAttributesCount?: (number|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an Event. */
                        type $Shape = {
                          timeUnixNano?: number|Long|null;
                          name?: string|null;
                          attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                          droppedAttributesCount?: number|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    /**
                     * Properties of a Link.
                     * @deprecated Use opentelemetry.proto.trace.v1.Span.Link.$Properties instead.
                     */
                    interface ILink extends opentelemetry.proto.trace.v1.Span.Link.$Properties {
                    }

                    /** Represents a Link. */
                    class Link {

                        /**
                         * Constructs a new Link.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.trace.v1.Span.Link.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Link traceId. */
                        traceId: Uint8Array;

                        /** Link spanId. */
                        spanId: Uint8Array;

                        /** Link traceState. */
                        traceState: string;

                        /** Link attributes. */
                        attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                        /** Link droppedAttributesCount. */
                        droppedAttributesCount: number;

                        /** Link flags. */
                        flags: number;

                        /**
                         * Creates a new Link instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Link instance
                         */
                        static create(properties: opentelemetry.proto.trace.v1.Span.Link.$Shape): opentelemetry.proto.trace.v1.Span.Link & opentelemetry.proto.trace.v1.Span.Link.$Shape;
                        static create(properties?: opentelemetry.proto.trace.v1.Span.Link.$Properties): opentelemetry.proto.trace.v1.Span.Link;

                        /**
                         * Encodes the specified Link message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @param message Link message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.trace.v1.Span.Link.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Link message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.trace.v1.Span.Link & opentelemetry.proto.trace.v1.Span.Link.$Shape} Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.Span.Link & opentelemetry.proto.trace.v1.Span.Link.$Shape;

                        /**
                         * Creates a Link message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Link
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.Span.Link;

                        /**
                         * Creates a plain object from a Link message. Also converts values to other types if specified.
                         * @param message Link
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.trace.v1.Span.Link, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Link to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace Link {

                        /** Properties of a Link. */
                        interface $Properties {

                            /** Link traceId */
                            traceId?: (Uint8Array|null);

                            /** Link spanId */
                            spanId?: (Uint8Array|null);

                            /** Link traceState */
                            traceState?: (string|null);

                            /** Link attributes */
                            attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                            /** Link droppedAttributesCount */
                            droppedAttributesCount?: (number|null);

                            /** Link flags */
                            flags?: (number|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Link. */
                        type $Shape = {
                          traceId?: Uint8Array|null;
                          spanId?: Uint8Array|null;
                          traceState?: string|null;
                          attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                          droppedAttributesCount?: number|null;
                          flags?: number|null;
                          $unknowns?: Uint8Array[];
                        };
                    }
                }

                /**
                 * Properties of a Status.
                 * @deprecated Use opentelemetry.proto.trace.v1.Status.$Properties instead.
                 */
                interface IStatus extends opentelemetry.proto.trace.v1.Status.$Properties {
                }

                /** Represents a Status. */
                class Status {

                    /**
                     * Constructs a new Status.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.trace.v1.Status.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Status message. */
                    message: string;

                    /** Status code. */
                    code: opentelemetry.proto.trace.v1.Status.StatusCode;

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Status instance
                     */
                    static create(properties: opentelemetry.proto.trace.v1.Status.$Shape): opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.Status.$Properties): opentelemetry.proto.trace.v1.Status;

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link opentelemetry.proto.trace.v1.Status.verify|verify} messages.
                     * @param message Status message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.trace.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape;

                    /**
                     * Creates a Status message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Status
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.trace.v1.Status;

                    /**
                     * Creates a plain object from a Status message. Also converts values to other types if specified.
                     * @param message Status
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.trace.v1.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Status to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Status {

                    /** Properties of a Status. */
                    interface $Properties {

                        /** Status message */
                        message?: (string|null);

                        /** Status code */
                        code?: (opentelemetry.proto.trace.v1.Status.StatusCode|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Status. */
                    type $Shape = opentelemetry.proto.trace.v1.Status.$Properties;

                    /** StatusCode enum. */
                    enum StatusCode {

                        /** STATUS_CODE_UNSET value */
                        STATUS_CODE_UNSET = 0,

                        /** STATUS_CODE_OK value */
                        STATUS_CODE_OK = 1,

                        /** STATUS_CODE_ERROR value */
                        STATUS_CODE_ERROR = 2
                    }
                }

                /** SpanFlags enum. */
                enum SpanFlags {

                    /** SPAN_FLAGS_DO_NOT_USE value */
                    SPAN_FLAGS_DO_NOT_USE = 0,

                    /** SPAN_FLAGS_TRACE_FLAGS_MASK value */
                    SPAN_FLAGS_TRACE_FLAGS_MASK = 255,

                    /** SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK value */
                    SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK = 256,

                    /** SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK value */
                    SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK = 512
                }
            }
        }

        /** Namespace common. */
        namespace common {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of an AnyValue.
                 * @deprecated Use opentelemetry.proto.common.v1.AnyValue.$Properties instead.
                 */
                interface IAnyValue extends opentelemetry.proto.common.v1.AnyValue.$Properties {
                }

                /** Represents an AnyValue. */
                class AnyValue {

                    /**
                     * Constructs a new AnyValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.AnyValue.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** AnyValue stringValue. */
                    stringValue?: (string|null);

                    /** AnyValue boolValue. */
                    boolValue?: (boolean|null);

                    /** AnyValue intValue. */
                    intValue?: (number|Long|null);

                    /** AnyValue doubleValue. */
                    doubleValue?: (number|null);

                    /** AnyValue arrayValue. */
                    arrayValue?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);

                    /** AnyValue kvlistValue. */
                    kvlistValue?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);

                    /** AnyValue bytesValue. */
                    bytesValue?: (Uint8Array|null);

                    /** AnyValue stringValueStrindex. */
                    stringValueStrindex?: (number|null);

                    /** AnyValue value. */
                    value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue"|"stringValueStrindex");

                    /**
                     * Creates a new AnyValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns AnyValue instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;

                    /**
                     * Encodes the specified AnyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @param message AnyValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.AnyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;

                    /**
                     * Creates an AnyValue message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns AnyValue
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.AnyValue;

                    /**
                     * Creates a plain object from an AnyValue message. Also converts values to other types if specified.
                     * @param message AnyValue
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.AnyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this AnyValue to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace AnyValue {

                    /** Properties of an AnyValue. */
                    interface $Properties {

                        /** AnyValue stringValue */
                        stringValue?: (string|null);

                        /** AnyValue boolValue */
                        boolValue?: (boolean|null);

                        /** AnyValue intValue */
                        intValue?: (number|Long|null);

                        /** AnyValue doubleValue */
                        doubleValue?: (number|null);

                        /** AnyValue arrayValue */
                        arrayValue?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);

                        /** AnyValue kvlistValue */
                        kvlistValue?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);

                        /** AnyValue bytesValue */
                        bytesValue?: (Uint8Array|null);

                        /** AnyValue stringValueStrindex */
                        stringValueStrindex?: (number|null);

                        /** AnyValue value */
                        value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue"|"stringValueStrindex");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of an AnyValue. */
                    type $Shape = {
                      stringValue?: string|null;
                      boolValue?: boolean|null;
                      intValue?: number|Long|null;
                      doubleValue?: number|null;
                      arrayValue?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                      kvlistValue?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                      bytesValue?: Uint8Array|null;
                      stringValueStrindex?: number|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "stringValue"; stringValue: string; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "boolValue"; stringValue?: null; boolValue: boolean; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "intValue"; stringValue?: null; boolValue?: null; intValue: number|Long; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "doubleValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue: number; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "arrayValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlistValue?: null; bytesValue?: null; stringValueStrindex?: null }|{ value?: "kvlistValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytesValue?: null; stringValueStrindex?: null }|{ value?: "bytesValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue: Uint8Array; stringValueStrindex?: null }|{ value?: "stringValueStrindex"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null; stringValueStrindex: number })
                    );
                }

                /**
                 * Properties of an ArrayValue.
                 * @deprecated Use opentelemetry.proto.common.v1.ArrayValue.$Properties instead.
                 */
                interface IArrayValue extends opentelemetry.proto.common.v1.ArrayValue.$Properties {
                }

                /** Represents an ArrayValue. */
                class ArrayValue {

                    /**
                     * Constructs a new ArrayValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ArrayValue values. */
                    values: opentelemetry.proto.common.v1.AnyValue.$Properties[];

                    /**
                     * Creates a new ArrayValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ArrayValue instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;

                    /**
                     * Encodes the specified ArrayValue message. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @param message ArrayValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.ArrayValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;

                    /**
                     * Creates an ArrayValue message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ArrayValue
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.ArrayValue;

                    /**
                     * Creates a plain object from an ArrayValue message. Also converts values to other types if specified.
                     * @param message ArrayValue
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.ArrayValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ArrayValue to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ArrayValue {

                    /** Properties of an ArrayValue. */
                    interface $Properties {

                        /** ArrayValue values */
                        values?: (opentelemetry.proto.common.v1.AnyValue.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an ArrayValue. */
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.AnyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a KeyValueList.
                 * @deprecated Use opentelemetry.proto.common.v1.KeyValueList.$Properties instead.
                 */
                interface IKeyValueList extends opentelemetry.proto.common.v1.KeyValueList.$Properties {
                }

                /** Represents a KeyValueList. */
                class KeyValueList {

                    /**
                     * Constructs a new KeyValueList.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** KeyValueList values. */
                    values: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /**
                     * Creates a new KeyValueList instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns KeyValueList instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;

                    /**
                     * Encodes the specified KeyValueList message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @param message KeyValueList message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.KeyValueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;

                    /**
                     * Creates a KeyValueList message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns KeyValueList
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValueList;

                    /**
                     * Creates a plain object from a KeyValueList message. Also converts values to other types if specified.
                     * @param message KeyValueList
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.KeyValueList, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this KeyValueList to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace KeyValueList {

                    /** Properties of a KeyValueList. */
                    interface $Properties {

                        /** KeyValueList values */
                        values?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a KeyValueList. */
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a KeyValue.
                 * @deprecated Use opentelemetry.proto.common.v1.KeyValue.$Properties instead.
                 */
                interface IKeyValue extends opentelemetry.proto.common.v1.KeyValue.$Properties {
                }

                /** Represents a KeyValue. */
                class KeyValue {

                    /**
                     * Constructs a new KeyValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.KeyValue.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** KeyValue key. */
                    key: string;

                    /** KeyValue value. */
                    value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);

                    /** KeyValue keyStrindex. */
                    keyStrindex: number;

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns KeyValue instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @param message KeyValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;

                    /**
                     * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns KeyValue
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValue;

                    /**
                     * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                     * @param message KeyValue
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this KeyValue to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace KeyValue {

                    /** Properties of a KeyValue. */
                    interface $Properties {

                        /** KeyValue key */
                        key?: (string|null);

                        /** KeyValue value */
                        value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);

                        /** KeyValue keyStrindex */
                        keyStrindex?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a KeyValue. */
                    type $Shape = {
                      key?: string|null;
                      value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                      keyStrindex?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of an InstrumentationScope.
                 * @deprecated Use opentelemetry.proto.common.v1.InstrumentationScope.$Properties instead.
                 */
                interface IInstrumentationScope extends opentelemetry.proto.common.v1.InstrumentationScope.$Properties {
                }

                /** Represents an InstrumentationScope. */
                class InstrumentationScope {

                    /**
                     * Constructs a new InstrumentationScope.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** InstrumentationScope name. */
                    name: string;

                    /** InstrumentationScope version. */
                    version: string;

                    /** InstrumentationScope attributes. */
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** InstrumentationScope droppedAttributesCount. */
                    droppedAttributesCount: number;

                    /**
                     * Creates a new InstrumentationScope instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns InstrumentationScope instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;

                    /**
                     * Encodes the specified InstrumentationScope message. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @param message InstrumentationScope message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.InstrumentationScope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;

                    /**
                     * Creates an InstrumentationScope message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns InstrumentationScope
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.InstrumentationScope;

                    /**
                     * Creates a plain object from an InstrumentationScope message. Also converts values to other types if specified.
                     * @param message InstrumentationScope
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.InstrumentationScope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this InstrumentationScope to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace InstrumentationScope {

                    /** Properties of an InstrumentationScope. */
                    interface $Properties {

                        /** InstrumentationScope name */
                        name?: (string|null);

                        /** InstrumentationScope version */
                        version?: (string|null);

                        /** InstrumentationScope attributes */
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** InstrumentationScope droppedAttributesCount */
                        droppedAttributesCount?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an InstrumentationScope. */
                    type $Shape = {
                      name?: string|null;
                      version?: string|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of an EntityRef.
                 * @deprecated Use opentelemetry.proto.common.v1.EntityRef.$Properties instead.
                 */
                interface IEntityRef extends opentelemetry.proto.common.v1.EntityRef.$Properties {
                }

                /** Represents an EntityRef. */
                class EntityRef {

                    /**
                     * Constructs a new EntityRef.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.EntityRef.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** EntityRef schemaUrl. */
                    schemaUrl: string;

                    /** EntityRef type. */
                    type: string;

                    /** EntityRef idKeys. */
                    idKeys: string[];

                    /** EntityRef descriptionKeys. */
                    descriptionKeys: string[];

                    /**
                     * Creates a new EntityRef instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns EntityRef instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.EntityRef.$Shape): opentelemetry.proto.common.v1.EntityRef & opentelemetry.proto.common.v1.EntityRef.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.EntityRef.$Properties): opentelemetry.proto.common.v1.EntityRef;

                    /**
                     * Encodes the specified EntityRef message. Does not implicitly {@link opentelemetry.proto.common.v1.EntityRef.verify|verify} messages.
                     * @param message EntityRef message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.EntityRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an EntityRef message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.EntityRef & opentelemetry.proto.common.v1.EntityRef.$Shape} EntityRef
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.EntityRef & opentelemetry.proto.common.v1.EntityRef.$Shape;

                    /**
                     * Creates an EntityRef message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns EntityRef
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.EntityRef;

                    /**
                     * Creates a plain object from an EntityRef message. Also converts values to other types if specified.
                     * @param message EntityRef
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.EntityRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this EntityRef to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace EntityRef {

                    /** Properties of an EntityRef. */
                    interface $Properties {

                        /** EntityRef schemaUrl */
                        schemaUrl?: (string|null);

                        /** EntityRef type */
                        type?: (string|null);

                        /** EntityRef idKeys */
                        idKeys?: (string[]|null);

                        /** EntityRef descriptionKeys */
                        descriptionKeys?: (string[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an EntityRef. */
                    type $Shape = opentelemetry.proto.common.v1.EntityRef.$Properties;
                }
            }
        }

        /** Namespace resource. */
        namespace resource {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a Resource.
                 * @deprecated Use opentelemetry.proto.resource.v1.Resource.$Properties instead.
                 */
                interface IResource extends opentelemetry.proto.resource.v1.Resource.$Properties {
                }

                /** Represents a Resource. */
                class Resource {

                    /**
                     * Constructs a new Resource.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.resource.v1.Resource.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Resource attributes. */
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** Resource droppedAttributesCount. */
                    droppedAttributesCount: number;

                    /** Resource entityRefs. */
                    entityRefs: opentelemetry.proto.common.v1.EntityRef.$Properties[];

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Resource instance
                     */
                    static create(properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static create(properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @param message Resource message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.resource.v1.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;

                    /**
                     * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Resource
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.resource.v1.Resource;

                    /**
                     * Creates a plain object from a Resource message. Also converts values to other types if specified.
                     * @param message Resource
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.resource.v1.Resource, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Resource to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Resource {

                    /** Properties of a Resource. */
                    interface $Properties {

                        /** Resource attributes */
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** Resource droppedAttributesCount */
                        droppedAttributesCount?: (number|null);

                        /** Resource entityRefs */
                        entityRefs?: (opentelemetry.proto.common.v1.EntityRef.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Resource. */
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      entityRefs?: opentelemetry.proto.common.v1.EntityRef.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        /** Namespace profiles. */
        namespace profiles {

            /** Namespace v1development. */
            namespace v1development {

                /**
                 * Properties of a ProfilesDictionary.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties instead.
                 */
                interface IProfilesDictionary extends opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties {
                }

                /** Represents a ProfilesDictionary. */
                class ProfilesDictionary {

                    /**
                     * Constructs a new ProfilesDictionary.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ProfilesDictionary mappingTable. */
                    mappingTable: opentelemetry.proto.profiles.v1development.Mapping.$Properties[];

                    /** ProfilesDictionary locationTable. */
                    locationTable: opentelemetry.proto.profiles.v1development.Location.$Properties[];

                    /** ProfilesDictionary functionTable. */
                    functionTable: opentelemetry.proto.profiles.v1development.Function.$Properties[];

                    /** ProfilesDictionary linkTable. */
                    linkTable: opentelemetry.proto.profiles.v1development.Link.$Properties[];

                    /** ProfilesDictionary stringTable. */
                    stringTable: string[];

                    /** ProfilesDictionary attributeTable. */
                    attributeTable: opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties[];

                    /** ProfilesDictionary stackTable. */
                    stackTable: opentelemetry.proto.profiles.v1development.Stack.$Properties[];

                    /**
                     * Creates a new ProfilesDictionary instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ProfilesDictionary instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape): opentelemetry.proto.profiles.v1development.ProfilesDictionary & opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties): opentelemetry.proto.profiles.v1development.ProfilesDictionary;

                    /**
                     * Encodes the specified ProfilesDictionary message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ProfilesDictionary.verify|verify} messages.
                     * @param message ProfilesDictionary message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ProfilesDictionary message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ProfilesDictionary & opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape} ProfilesDictionary
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.ProfilesDictionary & opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape;

                    /**
                     * Creates a ProfilesDictionary message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ProfilesDictionary
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.ProfilesDictionary;

                    /**
                     * Creates a plain object from a ProfilesDictionary message. Also converts values to other types if specified.
                     * @param message ProfilesDictionary
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.ProfilesDictionary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ProfilesDictionary to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ProfilesDictionary {

                    /** Properties of a ProfilesDictionary. */
                    interface $Properties {

                        /** ProfilesDictionary mappingTable */
                        mappingTable?: (opentelemetry.proto.profiles.v1development.Mapping.$Properties[]|null);

                        /** ProfilesDictionary locationTable */
                        locationTable?: (opentelemetry.proto.profiles.v1development.Location.$Properties[]|null);

                        /** ProfilesDictionary functionTable */
                        functionTable?: (opentelemetry.proto.profiles.v1development.Function.$Properties[]|null);

                        /** ProfilesDictionary linkTable */
                        linkTable?: (opentelemetry.proto.profiles.v1development.Link.$Properties[]|null);

                        /** ProfilesDictionary stringTable */
                        stringTable?: (string[]|null);

                        /** ProfilesDictionary attributeTable */
                        attributeTable?: (opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties[]|null);

                        /** ProfilesDictionary stackTable */
                        stackTable?: (opentelemetry.proto.profiles.v1development.Stack.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ProfilesDictionary. */
                    type $Shape = {
                      mappingTable?: opentelemetry.proto.profiles.v1development.Mapping.$Shape[]|null;
                      locationTable?: opentelemetry.proto.profiles.v1development.Location.$Shape[]|null;
                      functionTable?: opentelemetry.proto.profiles.v1development.Function.$Shape[]|null;
                      linkTable?: opentelemetry.proto.profiles.v1development.Link.$Shape[]|null;
                      stringTable?: string[]|null;
                      attributeTable?: opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape[]|null;
                      stackTable?: opentelemetry.proto.profiles.v1development.Stack.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ProfilesData.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.ProfilesData.$Properties instead.
                 */
                interface IProfilesData extends opentelemetry.proto.profiles.v1development.ProfilesData.$Properties {
                }

                /** Represents a ProfilesData. */
                class ProfilesData {

                    /**
                     * Constructs a new ProfilesData.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.ProfilesData.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ProfilesData resourceProfiles. */
                    resourceProfiles: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties[];

                    /** ProfilesData dictionary. */
                    dictionary?: (opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties|null);

                    /**
                     * Creates a new ProfilesData instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ProfilesData instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.ProfilesData.$Shape): opentelemetry.proto.profiles.v1development.ProfilesData & opentelemetry.proto.profiles.v1development.ProfilesData.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.ProfilesData.$Properties): opentelemetry.proto.profiles.v1development.ProfilesData;

                    /**
                     * Encodes the specified ProfilesData message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ProfilesData.verify|verify} messages.
                     * @param message ProfilesData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.ProfilesData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ProfilesData message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ProfilesData & opentelemetry.proto.profiles.v1development.ProfilesData.$Shape} ProfilesData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.ProfilesData & opentelemetry.proto.profiles.v1development.ProfilesData.$Shape;

                    /**
                     * Creates a ProfilesData message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ProfilesData
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.ProfilesData;

                    /**
                     * Creates a plain object from a ProfilesData message. Also converts values to other types if specified.
                     * @param message ProfilesData
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.ProfilesData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ProfilesData to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ProfilesData {

                    /** Properties of a ProfilesData. */
                    interface $Properties {

                        /** ProfilesData resourceProfiles */
                        resourceProfiles?: (opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties[]|null);

                        /** ProfilesData dictionary */
                        dictionary?: (opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ProfilesData. */
                    type $Shape = {
                      resourceProfiles?: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape[]|null;
                      dictionary?: opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ResourceProfiles.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties instead.
                 */
                interface IResourceProfiles extends opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties {
                }

                /** Represents a ResourceProfiles. */
                class ResourceProfiles {

                    /**
                     * Constructs a new ResourceProfiles.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ResourceProfiles resource. */
                    resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);

                    /** ResourceProfiles scopeProfiles. */
                    scopeProfiles: opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties[];

                    /** ResourceProfiles schemaUrl. */
                    schemaUrl: string;

                    /**
                     * Creates a new ResourceProfiles instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ResourceProfiles instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape): opentelemetry.proto.profiles.v1development.ResourceProfiles & opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties): opentelemetry.proto.profiles.v1development.ResourceProfiles;

                    /**
                     * Encodes the specified ResourceProfiles message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ResourceProfiles.verify|verify} messages.
                     * @param message ResourceProfiles message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.ResourceProfiles.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResourceProfiles message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ResourceProfiles & opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape} ResourceProfiles
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.ResourceProfiles & opentelemetry.proto.profiles.v1development.ResourceProfiles.$Shape;

                    /**
                     * Creates a ResourceProfiles message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ResourceProfiles
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.ResourceProfiles;

                    /**
                     * Creates a plain object from a ResourceProfiles message. Also converts values to other types if specified.
                     * @param message ResourceProfiles
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.ResourceProfiles, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ResourceProfiles to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ResourceProfiles {

                    /** Properties of a ResourceProfiles. */
                    interface $Properties {

                        /** ResourceProfiles resource */
                        resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);

                        /** ResourceProfiles scopeProfiles */
                        scopeProfiles?: (opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties[]|null);

                        /** ResourceProfiles schemaUrl */
                        schemaUrl?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ResourceProfiles. */
                    type $Shape = {
                      resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                      scopeProfiles?: opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ScopeProfiles.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties instead.
                 */
                interface IScopeProfiles extends opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties {
                }

                /** Represents a ScopeProfiles. */
                class ScopeProfiles {

                    /**
                     * Constructs a new ScopeProfiles.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ScopeProfiles scope. */
                    scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);

                    /** ScopeProfiles profiles. */
                    profiles: opentelemetry.proto.profiles.v1development.Profile.$Properties[];

                    /** ScopeProfiles schemaUrl. */
                    schemaUrl: string;

                    /**
                     * Creates a new ScopeProfiles instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ScopeProfiles instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape): opentelemetry.proto.profiles.v1development.ScopeProfiles & opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties): opentelemetry.proto.profiles.v1development.ScopeProfiles;

                    /**
                     * Encodes the specified ScopeProfiles message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ScopeProfiles.verify|verify} messages.
                     * @param message ScopeProfiles message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.ScopeProfiles.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ScopeProfiles message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ScopeProfiles & opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape} ScopeProfiles
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.ScopeProfiles & opentelemetry.proto.profiles.v1development.ScopeProfiles.$Shape;

                    /**
                     * Creates a ScopeProfiles message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ScopeProfiles
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.ScopeProfiles;

                    /**
                     * Creates a plain object from a ScopeProfiles message. Also converts values to other types if specified.
                     * @param message ScopeProfiles
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.ScopeProfiles, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ScopeProfiles to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ScopeProfiles {

                    /** Properties of a ScopeProfiles. */
                    interface $Properties {

                        /** ScopeProfiles scope */
                        scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);

                        /** ScopeProfiles profiles */
                        profiles?: (opentelemetry.proto.profiles.v1development.Profile.$Properties[]|null);

                        /** ScopeProfiles schemaUrl */
                        schemaUrl?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ScopeProfiles. */
                    type $Shape = {
                      scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                      profiles?: opentelemetry.proto.profiles.v1development.Profile.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a Profile.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.Profile.$Properties instead.
                 */
                interface IProfile extends opentelemetry.proto.profiles.v1development.Profile.$Properties {
                }

                /** Represents a Profile. */
                class Profile {

                    /**
                     * Constructs a new Profile.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.Profile.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Profile sampleType. */
                    sampleType?: (opentelemetry.proto.profiles.v1development.ValueType.$Properties|null);

                    /** Profile samples. */
                    samples: opentelemetry.proto.profiles.v1development.Sample.$Properties[];

                    /** Profile timeUnixNano. */
                    timeUnixNano: (number|Long);

                    /** Profile durationNano. */
                    durationNano: (number|Long);

                    /** Profile periodType. */
                    periodType?: (opentelemetry.proto.profiles.v1development.ValueType.$Properties|null);

                    /** Profile period. */
                    period: (number|Long);

                    /** Profile profileId. */
                    profileId: Uint8Array;

                    /** Profile droppedAttributesCount. */
                    droppedAttributesCount: number;

                    /** Profile originalPayloadFormat. */
                    originalPayloadFormat: string;

                    /** Profile originalPayload. */
                    originalPayload: Uint8Array;

                    /** Profile attributeIndices. */
                    attributeIndices: number[];

                    /**
                     * Creates a new Profile instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Profile instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.Profile.$Shape): opentelemetry.proto.profiles.v1development.Profile & opentelemetry.proto.profiles.v1development.Profile.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.Profile.$Properties): opentelemetry.proto.profiles.v1development.Profile;

                    /**
                     * Encodes the specified Profile message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Profile.verify|verify} messages.
                     * @param message Profile message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.Profile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Profile message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Profile & opentelemetry.proto.profiles.v1development.Profile.$Shape} Profile
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.Profile & opentelemetry.proto.profiles.v1development.Profile.$Shape;

                    /**
                     * Creates a Profile message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Profile
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.Profile;

                    /**
                     * Creates a plain object from a Profile message. Also converts values to other types if specified.
                     * @param message Profile
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.Profile, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Profile to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Profile {

                    /** Properties of a Profile. */
                    interface $Properties {

                        /** Profile sampleType */
                        sampleType?: (opentelemetry.proto.profiles.v1development.ValueType.$Properties|null);

                        /** Profile samples */
                        samples?: (opentelemetry.proto.profiles.v1development.Sample.$Properties[]|null);

                        /** Profile timeUnixNano */
                        timeUnixNano?: (number|Long|null);

                        /** Profile durationNano */
                        durationNano?: (number|Long|null);

                        /** Profile periodType */
                        periodType?: (opentelemetry.proto.profiles.v1development.ValueType.$Properties|null);

                        /** Profile period */
                        period?: (number|Long|null);

                        /** Profile profileId */
                        profileId?: (Uint8Array|null);

                        /** Profile droppedAttributesCount */
                        droppedAttributesCount?: (number|null);

                        /** Profile originalPayloadFormat */
                        originalPayloadFormat?: (string|null);

                        /** Profile originalPayload */
                        originalPayload?: (Uint8Array|null);

                        /** Profile attributeIndices */
                        attributeIndices?: (number[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Profile. */
                    type $Shape = opentelemetry.proto.profiles.v1development.Profile.$Properties;
                }

                /**
                 * Properties of a Link.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.Link.$Properties instead.
                 */
                interface ILink extends opentelemetry.proto.profiles.v1development.Link.$Properties {
                }

                /** Represents a Link. */
                class Link {

                    /**
                     * Constructs a new Link.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.Link.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Link traceId. */
                    traceId: Uint8Array;

                    /** Link spanId. */
                    spanId: Uint8Array;

                    /**
                     * Creates a new Link instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Link instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.Link.$Shape): opentelemetry.proto.profiles.v1development.Link & opentelemetry.proto.profiles.v1development.Link.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.Link.$Properties): opentelemetry.proto.profiles.v1development.Link;

                    /**
                     * Encodes the specified Link message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Link.verify|verify} messages.
                     * @param message Link message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.Link.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Link message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Link & opentelemetry.proto.profiles.v1development.Link.$Shape} Link
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.Link & opentelemetry.proto.profiles.v1development.Link.$Shape;

                    /**
                     * Creates a Link message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Link
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.Link;

                    /**
                     * Creates a plain object from a Link message. Also converts values to other types if specified.
                     * @param message Link
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.Link, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Link to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Link {

                    /** Properties of a Link. */
                    interface $Properties {

                        /** Link traceId */
                        traceId?: (Uint8Array|null);

                        /** Link spanId */
                        spanId?: (Uint8Array|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Link. */
                    type $Shape = opentelemetry.proto.profiles.v1development.Link.$Properties;
                }

                /**
                 * Properties of a ValueType.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.ValueType.$Properties instead.
                 */
                interface IValueType extends opentelemetry.proto.profiles.v1development.ValueType.$Properties {
                }

                /** Represents a ValueType. */
                class ValueType {

                    /**
                     * Constructs a new ValueType.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.ValueType.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ValueType typeStrindex. */
                    typeStrindex: number;

                    /** ValueType unitStrindex. */
                    unitStrindex: number;

                    /**
                     * Creates a new ValueType instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ValueType instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.ValueType.$Shape): opentelemetry.proto.profiles.v1development.ValueType & opentelemetry.proto.profiles.v1development.ValueType.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.ValueType.$Properties): opentelemetry.proto.profiles.v1development.ValueType;

                    /**
                     * Encodes the specified ValueType message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.ValueType.verify|verify} messages.
                     * @param message ValueType message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.ValueType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ValueType message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.ValueType & opentelemetry.proto.profiles.v1development.ValueType.$Shape} ValueType
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.ValueType & opentelemetry.proto.profiles.v1development.ValueType.$Shape;

                    /**
                     * Creates a ValueType message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ValueType
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.ValueType;

                    /**
                     * Creates a plain object from a ValueType message. Also converts values to other types if specified.
                     * @param message ValueType
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.ValueType, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ValueType to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ValueType {

                    /** Properties of a ValueType. */
                    interface $Properties {

                        /** ValueType typeStrindex */
                        typeStrindex?: (number|null);

                        /** ValueType unitStrindex */
                        unitStrindex?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ValueType. */
                    type $Shape = opentelemetry.proto.profiles.v1development.ValueType.$Properties;
                }

                /**
                 * Properties of a Sample.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.Sample.$Properties instead.
                 */
                interface ISample extends opentelemetry.proto.profiles.v1development.Sample.$Properties {
                }

                /** Represents a Sample. */
                class Sample {

                    /**
                     * Constructs a new Sample.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.Sample.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Sample stackIndex. */
                    stackIndex: number;

                    /** Sample attributeIndices. */
                    attributeIndices: number[];

                    /** Sample linkIndex. */
                    linkIndex: number;

                    /** Sample values. */
                    values: (number|Long)[];

                    /** Sample timestampsUnixNano. */
                    timestampsUnixNano: (number|Long)[];

                    /**
                     * Creates a new Sample instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Sample instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.Sample.$Shape): opentelemetry.proto.profiles.v1development.Sample & opentelemetry.proto.profiles.v1development.Sample.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.Sample.$Properties): opentelemetry.proto.profiles.v1development.Sample;

                    /**
                     * Encodes the specified Sample message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Sample.verify|verify} messages.
                     * @param message Sample message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.Sample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Sample message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Sample & opentelemetry.proto.profiles.v1development.Sample.$Shape} Sample
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.Sample & opentelemetry.proto.profiles.v1development.Sample.$Shape;

                    /**
                     * Creates a Sample message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Sample
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.Sample;

                    /**
                     * Creates a plain object from a Sample message. Also converts values to other types if specified.
                     * @param message Sample
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.Sample, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Sample to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Sample {

                    /** Properties of a Sample. */
                    interface $Properties {

                        /** Sample stackIndex */
                        stackIndex?: (number|null);

                        /** Sample attributeIndices */
                        attributeIndices?: (number[]|null);

                        /** Sample linkIndex */
                        linkIndex?: (number|null);

                        /** Sample values */
                        values?: ((number|Long)[]|null);

                        /** Sample timestampsUnixNano */
                        timestampsUnixNano?: ((number|Long)[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Sample. */
                    type $Shape = opentelemetry.proto.profiles.v1development.Sample.$Properties;
                }

                /**
                 * Properties of a Mapping.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.Mapping.$Properties instead.
                 */
                interface IMapping extends opentelemetry.proto.profiles.v1development.Mapping.$Properties {
                }

                /** Represents a Mapping. */
                class Mapping {

                    /**
                     * Constructs a new Mapping.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.Mapping.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Mapping memoryStart. */
                    memoryStart: (number|Long);

                    /** Mapping memoryLimit. */
                    memoryLimit: (number|Long);

                    /** Mapping fileOffset. */
                    fileOffset: (number|Long);

                    /** Mapping filenameStrindex. */
                    filenameStrindex: number;

                    /** Mapping attributeIndices. */
                    attributeIndices: number[];

                    /**
                     * Creates a new Mapping instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Mapping instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.Mapping.$Shape): opentelemetry.proto.profiles.v1development.Mapping & opentelemetry.proto.profiles.v1development.Mapping.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.Mapping.$Properties): opentelemetry.proto.profiles.v1development.Mapping;

                    /**
                     * Encodes the specified Mapping message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Mapping.verify|verify} messages.
                     * @param message Mapping message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.Mapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Mapping message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Mapping & opentelemetry.proto.profiles.v1development.Mapping.$Shape} Mapping
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.Mapping & opentelemetry.proto.profiles.v1development.Mapping.$Shape;

                    /**
                     * Creates a Mapping message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Mapping
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.Mapping;

                    /**
                     * Creates a plain object from a Mapping message. Also converts values to other types if specified.
                     * @param message Mapping
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.Mapping, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Mapping to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Mapping {

                    /** Properties of a Mapping. */
                    interface $Properties {

                        /** Mapping memoryStart */
                        memoryStart?: (number|Long|null);

                        /** Mapping memoryLimit */
                        memoryLimit?: (number|Long|null);

                        /** Mapping fileOffset */
                        fileOffset?: (number|Long|null);

                        /** Mapping filenameStrindex */
                        filenameStrindex?: (number|null);

                        /** Mapping attributeIndices */
                        attributeIndices?: (number[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Mapping. */
                    type $Shape = opentelemetry.proto.profiles.v1development.Mapping.$Properties;
                }

                /**
                 * Properties of a Stack.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.Stack.$Properties instead.
                 */
                interface IStack extends opentelemetry.proto.profiles.v1development.Stack.$Properties {
                }

                /** Represents a Stack. */
                class Stack {

                    /**
                     * Constructs a new Stack.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.Stack.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Stack locationIndices. */
                    locationIndices: number[];

                    /**
                     * Creates a new Stack instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Stack instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.Stack.$Shape): opentelemetry.proto.profiles.v1development.Stack & opentelemetry.proto.profiles.v1development.Stack.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.Stack.$Properties): opentelemetry.proto.profiles.v1development.Stack;

                    /**
                     * Encodes the specified Stack message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Stack.verify|verify} messages.
                     * @param message Stack message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.Stack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Stack message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Stack & opentelemetry.proto.profiles.v1development.Stack.$Shape} Stack
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.Stack & opentelemetry.proto.profiles.v1development.Stack.$Shape;

                    /**
                     * Creates a Stack message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Stack
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.Stack;

                    /**
                     * Creates a plain object from a Stack message. Also converts values to other types if specified.
                     * @param message Stack
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.Stack, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Stack to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Stack {

                    /** Properties of a Stack. */
                    interface $Properties {

                        /** Stack locationIndices */
                        locationIndices?: (number[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Stack. */
                    type $Shape = opentelemetry.proto.profiles.v1development.Stack.$Properties;
                }

                /**
                 * Properties of a Location.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.Location.$Properties instead.
                 */
                interface ILocation extends opentelemetry.proto.profiles.v1development.Location.$Properties {
                }

                /** Represents a Location. */
                class Location {

                    /**
                     * Constructs a new Location.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.Location.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Location mappingIndex. */
                    mappingIndex: number;

                    /** Location address. */
                    address: (number|Long);

                    /** Location lines. */
                    lines: opentelemetry.proto.profiles.v1development.Line.$Properties[];

                    /** Location attributeIndices. */
                    attributeIndices: number[];

                    /**
                     * Creates a new Location instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Location instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.Location.$Shape): opentelemetry.proto.profiles.v1development.Location & opentelemetry.proto.profiles.v1development.Location.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.Location.$Properties): opentelemetry.proto.profiles.v1development.Location;

                    /**
                     * Encodes the specified Location message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Location.verify|verify} messages.
                     * @param message Location message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Location message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Location & opentelemetry.proto.profiles.v1development.Location.$Shape} Location
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.Location & opentelemetry.proto.profiles.v1development.Location.$Shape;

                    /**
                     * Creates a Location message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Location
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.Location;

                    /**
                     * Creates a plain object from a Location message. Also converts values to other types if specified.
                     * @param message Location
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Location to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Location {

                    /** Properties of a Location. */
                    interface $Properties {

                        /** Location mappingIndex */
                        mappingIndex?: (number|null);

                        /** Location address */
                        address?: (number|Long|null);

                        /** Location lines */
                        lines?: (opentelemetry.proto.profiles.v1development.Line.$Properties[]|null);

                        /** Location attributeIndices */
                        attributeIndices?: (number[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Location. */
                    type $Shape = opentelemetry.proto.profiles.v1development.Location.$Properties;
                }

                /**
                 * Properties of a Line.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.Line.$Properties instead.
                 */
                interface ILine extends opentelemetry.proto.profiles.v1development.Line.$Properties {
                }

                /** Represents a Line. */
                class Line {

                    /**
                     * Constructs a new Line.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.Line.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Line functionIndex. */
                    functionIndex: number;

                    /** Line line. */
                    line: (number|Long);

                    /** Line column. */
                    column: (number|Long);

                    /**
                     * Creates a new Line instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Line instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.Line.$Shape): opentelemetry.proto.profiles.v1development.Line & opentelemetry.proto.profiles.v1development.Line.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.Line.$Properties): opentelemetry.proto.profiles.v1development.Line;

                    /**
                     * Encodes the specified Line message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Line.verify|verify} messages.
                     * @param message Line message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.Line.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Line message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Line & opentelemetry.proto.profiles.v1development.Line.$Shape} Line
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.Line & opentelemetry.proto.profiles.v1development.Line.$Shape;

                    /**
                     * Creates a Line message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Line
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.Line;

                    /**
                     * Creates a plain object from a Line message. Also converts values to other types if specified.
                     * @param message Line
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.Line, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Line to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Line {

                    /** Properties of a Line. */
                    interface $Properties {

                        /** Line functionIndex */
                        functionIndex?: (number|null);

                        /** Line line */
                        line?: (number|Long|null);

                        /** Line column */
                        column?: (number|Long|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Line. */
                    type $Shape = opentelemetry.proto.profiles.v1development.Line.$Properties;
                }

                /**
                 * Properties of a Function.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.Function.$Properties instead.
                 */
                interface IFunction extends opentelemetry.proto.profiles.v1development.Function.$Properties {
                }

                /** Represents a Function. */
                class Function {

                    /**
                     * Constructs a new Function.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.Function.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Function nameStrindex. */
                    nameStrindex: number;

                    /** Function systemNameStrindex. */
                    systemNameStrindex: number;

                    /** Function filenameStrindex. */
                    filenameStrindex: number;

                    /** Function startLine. */
                    startLine: (number|Long);

                    /**
                     * Creates a new Function instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Function instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.Function.$Shape): opentelemetry.proto.profiles.v1development.Function & opentelemetry.proto.profiles.v1development.Function.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.Function.$Properties): opentelemetry.proto.profiles.v1development.Function;

                    /**
                     * Encodes the specified Function message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.Function.verify|verify} messages.
                     * @param message Function message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.Function.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Function message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.Function & opentelemetry.proto.profiles.v1development.Function.$Shape} Function
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.Function & opentelemetry.proto.profiles.v1development.Function.$Shape;

                    /**
                     * Creates a Function message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Function
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.Function;

                    /**
                     * Creates a plain object from a Function message. Also converts values to other types if specified.
                     * @param message Function
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.Function, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Function to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Function {

                    /** Properties of a Function. */
                    interface $Properties {

                        /** Function nameStrindex */
                        nameStrindex?: (number|null);

                        /** Function systemNameStrindex */
                        systemNameStrindex?: (number|null);

                        /** Function filenameStrindex */
                        filenameStrindex?: (number|null);

                        /** Function startLine */
                        startLine?: (number|Long|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Function. */
                    type $Shape = opentelemetry.proto.profiles.v1development.Function.$Properties;
                }

                /**
                 * Properties of a KeyValueAndUnit.
                 * @deprecated Use opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties instead.
                 */
                interface IKeyValueAndUnit extends opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties {
                }

                /** Represents a KeyValueAndUnit. */
                class KeyValueAndUnit {

                    /**
                     * Constructs a new KeyValueAndUnit.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** KeyValueAndUnit keyStrindex. */
                    keyStrindex: number;

                    /** KeyValueAndUnit value. */
                    value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);

                    /** KeyValueAndUnit unitStrindex. */
                    unitStrindex: number;

                    /**
                     * Creates a new KeyValueAndUnit instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns KeyValueAndUnit instance
                     */
                    static create(properties: opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape): opentelemetry.proto.profiles.v1development.KeyValueAndUnit & opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape;
                    static create(properties?: opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties): opentelemetry.proto.profiles.v1development.KeyValueAndUnit;

                    /**
                     * Encodes the specified KeyValueAndUnit message. Does not implicitly {@link opentelemetry.proto.profiles.v1development.KeyValueAndUnit.verify|verify} messages.
                     * @param message KeyValueAndUnit message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a KeyValueAndUnit message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.profiles.v1development.KeyValueAndUnit & opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape} KeyValueAndUnit
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.profiles.v1development.KeyValueAndUnit & opentelemetry.proto.profiles.v1development.KeyValueAndUnit.$Shape;

                    /**
                     * Creates a KeyValueAndUnit message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns KeyValueAndUnit
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.profiles.v1development.KeyValueAndUnit;

                    /**
                     * Creates a plain object from a KeyValueAndUnit message. Also converts values to other types if specified.
                     * @param message KeyValueAndUnit
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.profiles.v1development.KeyValueAndUnit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this KeyValueAndUnit to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace KeyValueAndUnit {

                    /** Properties of a KeyValueAndUnit. */
                    interface $Properties {

                        /** KeyValueAndUnit keyStrindex */
                        keyStrindex?: (number|null);

                        /** KeyValueAndUnit value */
                        value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);

                        /** KeyValueAndUnit unitStrindex */
                        unitStrindex?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a KeyValueAndUnit. */
                    type $Shape = {
                      keyStrindex?: number|null;
                      value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                      unitStrindex?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace rpc. */
    namespace rpc {

        /**
         * Properties of a Status.
         * @deprecated Use google.rpc.Status.$Properties instead.
         */
        interface IStatus extends google.rpc.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status code. */
            code: number;

            /** Status message. */
            message: string;

            /** Status details. */
            details: google.rpc.Any.$Properties[];

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
            static create(properties?: google.rpc.Status.$Properties): google.rpc.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.rpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status & google.rpc.Status.$Shape;

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            static fromObject(object: { [k: string]: any }): google.rpc.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.rpc.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status code */
                code?: (number|null);

                /** Status message */
                message?: (string|null);

                /** Status details */
                details?: (google.rpc.Any.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = google.rpc.Status.$Properties;
        }

        /**
         * Properties of an Any.
         * @deprecated Use google.rpc.Any.$Properties instead.
         */
        interface IAny extends google.rpc.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any typeUrl. */
            typeUrl: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.rpc.Any.$Shape): google.rpc.Any & google.rpc.Any.$Shape;
            static create(properties?: google.rpc.Any.$Properties): google.rpc.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.rpc.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.rpc.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.rpc.Any & google.rpc.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Any & google.rpc.Any.$Shape;

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Any
             */
            static fromObject(object: { [k: string]: any }): google.rpc.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param message Any
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.rpc.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any typeUrl */
                typeUrl?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.rpc.Any.$Properties;
        }

        /**
         * Properties of a Duration.
         * @deprecated Use google.rpc.Duration.$Properties instead.
         */
        interface IDuration extends google.rpc.Duration.$Properties {
        }

        /** Represents a Duration. */
        class Duration {

            /**
             * Constructs a new Duration.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.Duration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Duration seconds. */
            seconds: (number|Long);

            /** Duration nanos. */
            nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            static create(properties: google.rpc.Duration.$Shape): google.rpc.Duration & google.rpc.Duration.$Shape;
            static create(properties?: google.rpc.Duration.$Properties): google.rpc.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.rpc.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.rpc.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.rpc.Duration & google.rpc.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Duration & google.rpc.Duration.$Shape;

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Duration
             */
            static fromObject(object: { [k: string]: any }): google.rpc.Duration;

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @param message Duration
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.rpc.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Duration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Duration {

            /** Properties of a Duration. */
            interface $Properties {

                /** Duration seconds */
                seconds?: (number|Long|null);

                /** Duration nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Duration. */
            type $Shape = google.rpc.Duration.$Properties;
        }

        /**
         * Properties of a RetryInfo.
         * @deprecated Use google.rpc.RetryInfo.$Properties instead.
         */
        interface IRetryInfo extends google.rpc.RetryInfo.$Properties {
        }

        /** Represents a RetryInfo. */
        class RetryInfo {

            /**
             * Constructs a new RetryInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.RetryInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RetryInfo retryDelay. */
            retryDelay?: (google.rpc.Duration.$Properties|null);

            /**
             * Creates a new RetryInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RetryInfo instance
             */
            static create(properties: google.rpc.RetryInfo.$Shape): google.rpc.RetryInfo & google.rpc.RetryInfo.$Shape;
            static create(properties?: google.rpc.RetryInfo.$Properties): google.rpc.RetryInfo;

            /**
             * Encodes the specified RetryInfo message. Does not implicitly {@link google.rpc.RetryInfo.verify|verify} messages.
             * @param message RetryInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.rpc.RetryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RetryInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.rpc.RetryInfo & google.rpc.RetryInfo.$Shape} RetryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.RetryInfo & google.rpc.RetryInfo.$Shape;

            /**
             * Creates a RetryInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RetryInfo
             */
            static fromObject(object: { [k: string]: any }): google.rpc.RetryInfo;

            /**
             * Creates a plain object from a RetryInfo message. Also converts values to other types if specified.
             * @param message RetryInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.rpc.RetryInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RetryInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RetryInfo {

            /** Properties of a RetryInfo. */
            interface $Properties {

                /** RetryInfo retryDelay */
                retryDelay?: (google.rpc.Duration.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RetryInfo. */
            type $Shape = google.rpc.RetryInfo.$Properties;
        }
    }
}
