import { spanTimelineApi } from '@/lib/handlers/trace-handlers';
import { respond } from '@/app/api/_lib/respond';

export const dynamic = 'force-dynamic';

export async function GET(
  request: Request,
  { params }: { params: Promise<{ traceId: string; spanId: string }> },
): Promise<Response> {
  const { traceId, spanId } = await params;
  const query = new URL(request.url).searchParams;
  return respond((client) => spanTimelineApi(client, traceId, spanId, query));
}
