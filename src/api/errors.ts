// One shape for every error the API sends: {statusCode, error, message}, with a message that
// names the bad parameter and, for a closed list, the values it accepts.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

interface ValidationIssue { instancePath: string; message?: string; params?: Record<string, unknown>; keyword: string }

export function describeValidation(context: string, issues: ValidationIssue[]): string {
  return issues.map((i) => {
    const name = i.instancePath.replace(/^\//, '').replace(/\//g, '.') ||
      (i.params?.additionalProperty ? String(i.params.additionalProperty) : i.params?.missingProperty ? String(i.params.missingProperty) : '');
    if (i.keyword === 'additionalProperties') return `${context}: unknown parameter "${name}"`;
    if (i.keyword === 'enum') return `${context}: ${name} must be one of ${(i.params?.allowedValues as unknown[]).join(', ')}`;
    if (i.keyword === 'format' && i.params?.format === 'date') return `${context}: ${name} must be a date as YYYY-MM-DD`;
    return `${context}: ${name ? `${name} ` : ''}${i.message ?? 'is invalid'}`;
  }).join('; ');
}

const reasons: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 429: 'Too Many Requests', 415: 'Unsupported Media Type', 500: 'Internal Server Error' };

export function sendError(reply: FastifyReply, statusCode: number, message: string) {
  return reply.code(statusCode).type('application/json').send({ statusCode, error: reasons[statusCode] ?? 'Error', message });
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.validation) return sendError(reply, 400, describeValidation(error.validationContext ?? 'request', error.validation as ValidationIssue[]));
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const limit = request.routeOptions.bodyLimit;
    return sendError(reply, 413, `body too large: ${request.method} ${request.routeOptions.url} takes at most ${limit} bytes (${(limit / 1024).toFixed(0)} KiB)`);
  }
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) request.log.error(error);
  return sendError(reply, status, status === 500 ? 'internal error' : error.message);
}
