import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { langOf } from '@storeops/shared/contracts';

/** The caller's language from Accept-Language (zh-CN unless it asks for English): problems are worded in it. */
export const RequestLang = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  langOf(ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers['accept-language']),
);
