/** Types of scripts/build-cli.mjs, for the TypeScript scripts that use it. */
export declare const ROOT: string;
export declare const CLI_DIR: string;
export declare const CLI_BUNDLE: string;
export declare const TRACE_NODE_FLAGS: readonly string[];
export declare function bundle(entry: string, name: string): Promise<void>;
export declare function buildCli(): Promise<void>;
