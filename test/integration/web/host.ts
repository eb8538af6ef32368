// Which extension host the code around it runs in, as that host itself shows it.

/** A dedicated web worker without `process` (VS Code's web-worker extension host), or Node. */
export type ExtensionHostKind = 'web worker' | 'node' | 'unknown';

/** The kind of extension host this code runs in, from its global scope alone. */
export function extensionHostKind(): ExtensionHostKind {
  const scope = globalThis as { WorkerGlobalScope?: abstract new () => unknown; process?: { versions?: { node?: string } } };
  if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope && scope.process === undefined) return 'web worker';
  if (typeof scope.process?.versions?.node === 'string') return 'node';
  return 'unknown';
}
