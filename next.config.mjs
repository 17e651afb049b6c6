// Next.js runs inside traceprof's own server process (server.ts). Native and Node-only packages
// stay outside the bundle so route handlers share the process's single embedded store.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: [
    'chdb',
    '@clickhouse/client',
    '@clickhouse/client-common',
    '@grpc/grpc-js',
    'protobufjs',
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  // Lint and type checks run in `npm run check`, not during the build.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
