/**
 * Handlers other modules plug into the worker. The reports module replaces the export handler
 * (src/server/reports); until then an export job fails loudly rather than silently.
 */
export const EXPORT_HANDLER: { run: (data: Record<string, unknown>) => Promise<void> } = {
  run: async () => {
    throw new Error("no report export handler registered");
  },
};
