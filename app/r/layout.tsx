import './patient.css';

/** Patients' own pages: no navigation, nothing of the app around them. */
export default function PatientLayout({ children }: { children: React.ReactNode }) {
  return <div className="patient-page">{children}</div>;
}
