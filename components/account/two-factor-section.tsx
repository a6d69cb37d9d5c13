import type { TwoFactorSetup } from '@/lib/auth/two-factor-account';
import { ConfirmTwoFactorForm, DisableTwoFactorForm, RegenerateRecoveryCodesForm, StartTwoFactorForm } from './two-factor-forms';

/** The Account page's two-factor card: off, enrolment waiting for its first code, or on. */
export function TwoFactorSection({ setup }: { setup: TwoFactorSetup }) {
  return (
    <section className="card" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title" className="section-title-tight">
        Two-factor sign-in {setup.enabled ? <span className="badge badge-green">On</span> : <span className="badge">Off</span>}
      </h2>
      {setup.enabled ? <Enabled setup={setup} /> : setup.enrolment ? <Enrolment {...setup.enrolment} /> : <Off required={setup.required} />}
    </section>
  );
}

function Off({ required }: { required: boolean }) {
  return (
    <>
      <p className="muted small section-intro">
        {required
          ? 'Your role signs in with a code from an authenticator app as well as the password.'
          : 'Optional: sign in with a code from an authenticator app on your phone as well as the password.'}
      </p>
      <StartTwoFactorForm />
    </>
  );
}

function Enrolment({ secret, qrDataUrl }: { secret: string; qrDataUrl: string }) {
  return (
    <>
      <p className="muted small section-intro">
        Scan the QR code with your authenticator app, or type the secret into it, then enter the code the app shows. Two-factor stays off until the
        code is confirmed.
      </p>
      <ConfirmTwoFactorForm secret={secret} qrDataUrl={qrDataUrl} />
    </>
  );
}

function Enabled({ setup }: { setup: TwoFactorSetup }) {
  return (
    <>
      <p className="muted small section-intro" data-testid="recovery-codes-left">
        You sign in with a code from your app. {setup.recoveryCodesLeft} of 10 recovery codes left.
      </p>
      <div className="grid-forms">
        <div>
          <h3 className="section-title-tight">Recovery codes</h3>
          <p className="muted small section-intro">Ten new codes replace the ones you have.</p>
          <RegenerateRecoveryCodesForm />
        </div>
        <div>
          <h3 className="section-title-tight">Switch off</h3>
          {setup.required ? (
            <p className="muted small">Your role requires two-factor sign-in. If you lose your phone, an admin can reset it.</p>
          ) : (
            <>
              <p className="muted small section-intro">Your password alone will sign you in again.</p>
              <DisableTwoFactorForm />
            </>
          )}
        </div>
      </div>
    </>
  );
}
