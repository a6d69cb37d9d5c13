export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { assertProductionSecrets } = await import('./lib/startup-checks');
    assertProductionSecrets();
    const { startScheduledBackups } = await import('./lib/backup-schedule');
    startScheduledBackups();
  }
}
