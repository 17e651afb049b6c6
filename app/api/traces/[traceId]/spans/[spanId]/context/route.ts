import { spanContextApi } from '@/lib/handlers/trace-handlers';
import { spanRoute } from '@/app/api/_lib/respond';

export const dynamic = 'force-dynamic';

export const GET = spanRoute(spanContextApi);
