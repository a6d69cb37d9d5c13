// Started from instrumentation.ts: the last checkpoint is written when the server stops (SIGTERM, SIGINT or exit).
import { getDb } from '../../db/index';
import { auditKey, writeCheckpoint } from './checkpoint';

const state = globalThis as unknown as { prolotrackCheckpointAtExit?: boolean };

export function checkpointAtExit(): void {
  if (!auditKey() || state.prolotrackCheckpointAtExit) return;
  state.prolotrackCheckpointAtExit = true;
  process.once('exit', () => {
    try {
      writeCheckpoint(getDb().$client);
    } catch (error) {
      console.error('Audit checkpoint at shutdown failed:', error instanceof Error ? error.message : error);
    }
  });
}
