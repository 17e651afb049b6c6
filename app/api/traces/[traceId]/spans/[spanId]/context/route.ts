import { spanContextApi } from '@/lib/handlers/trace-handlers';
import { respond } from '@/app/api/_lib/respond';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ traceId: string; spanId: string }> },
): Promise<Response> {
  const { traceId, spanId } = await params;
  return respond((client) => spanContextApi(client, traceId, spanId));
}
