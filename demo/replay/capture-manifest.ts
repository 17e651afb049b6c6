/** demo/capture/manifest.json: the recorded OTLP requests, in the order they arrived. */
export interface CaptureManifest {
  /** What produced the capture (agent version, config, machine, date). */
  recordedWith: string;
  /** Unix ns of the newest timestamp in the capture; replay moves it to "now". */
  endNs: string;
  requests: { file: string; signal: 'traces' | 'profiles' }[];
}
