export { compare, MIN_SOURCES, MAX_SOURCES } from "./compare";
export { InputError } from "./errors";
export { ENGINE_VERSION } from "./version";
export * from "./types";
