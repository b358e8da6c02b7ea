export * from "./capabilities";
export * from "./errors";
export * from "./host";
export * from "./payload";
export * from "./read";
export * from "./write";
