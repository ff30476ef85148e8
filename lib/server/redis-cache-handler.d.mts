declare const CacheHandler: unknown;
export default CacheHandler;
export function redisKeyPrefix(buildId: string): string;
