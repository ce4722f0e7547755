/** Types for manifest.js (plain CommonJS so webpack.config.js can load it). */
export declare const DEV_BASE: string;
/** A bad hosting address; the message holds the reason in Chinese, then English. */
export declare class DeployUrlError extends Error {}
/** The hosting address as the manifest needs it (https, ending in "/"); throws DeployUrlError. */
export declare function normaliseBaseUrl(input: unknown): string;
/** Every http(s) address a manifest points at, in order; namespace names are not addresses. */
export declare function manifestUrls(xml: string): string[];
/** The manifest with every dev URL moved under `base`. */
export declare function rewriteManifest(xml: string, base: string): string;
