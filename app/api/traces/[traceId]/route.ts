import { traceApi } from '@/lib/handlers/trace-handlers';
import { respond } from '@/app/api/_lib/respond';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ traceId: string }> },
): Promise<Response> {
  const { traceId } = await params;
  return respond((client) => traceApi(client, traceId));
}
