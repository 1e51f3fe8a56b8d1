/** Bump when a change to any stage can change a report: stored reports say which engine made them. */
export const ENGINE_VERSION = "2.9.0";
