/** New two-factor recovery codes, shown once after enrolment or regeneration. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="recovery-codes">
      <div className="small">
        Your recovery codes, shown only this once. Keep them somewhere safe (printed, or in a password manager): each signs you in once if your phone
        is not at hand.
      </div>
      <ol data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      {/* A full load, so the Account page shows the new state and nothing keeps the codes. */}
      <a className="btn" href="/account">
        I have saved them
      </a>
    </div>
  );
}
