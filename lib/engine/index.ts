export { compare } from "./compare";
export { MIN_SOURCES, MAX_SOURCES } from "./source-count";
export { InputError } from "./errors";
export { ENGINE_VERSION } from "./version";
export * from "./types";
