/** A generated password, shown once after creating or resetting an account. */
export function OneTimePassword({ password }: { password: string }) {
  return (
    <div className="one-time-password">
      <div className="small muted">Generated password (shown only once; give it to them in person):</div>
      <code data-testid="generated-password">{password}</code>
    </div>
  );
}
