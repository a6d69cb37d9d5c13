/** Refuses to run a production server with a missing or weak session secret. */
export function assertProductionSecrets(): void {
  if (process.env.NODE_ENV !== 'production') return;
  const secret = process.env.NEXTAUTH_SECRET ?? '';
  if (secret.length < 32) {
    console.error(
      secret
        ? 'ProloTrack refuses to start: NEXTAUTH_SECRET is shorter than 32 characters.'
        : 'ProloTrack refuses to start: NEXTAUTH_SECRET is not set.',
      'Generate one with `openssl rand -base64 32` and set it in the environment (npm run demo does this for the demo).',
    );
    process.exit(1);
  }
}
