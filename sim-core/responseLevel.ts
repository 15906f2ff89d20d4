// 响应级别: the district's emergency response level. A leaf: it imports nothing.

/** IV (一般) → I (特别严重); `none` before any response is activated. */
export const RESPONSE_LEVELS = ['none', 'IV', 'III', 'II', 'I'] as const;
export type ResponseLevel = typeof RESPONSE_LEVELS[number];
