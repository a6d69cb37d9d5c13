export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installPeerAddressHook } = await import('./lib/auth/client-address');
    installPeerAddressHook();
    const { assertProductionSecrets } = await import('./lib/ops/startup-checks');
    assertProductionSecrets();
    const { startScheduledBackups } = await import('./lib/ops/backup-schedule');
    startScheduledBackups();
    const { checkpointAtExit } = await import('./lib/audit/checkpoint-at-exit');
    checkpointAtExit();
    const { startPatientLinkJob } = await import('./lib/patient-links/link-schedule');
    startPatientLinkJob();
  }
}
