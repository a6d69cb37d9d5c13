export const ROLE_OPTIONS = [
  { value: 'specialist', label: 'Specialist' },
  { value: 'manager', label: 'Manager' },
  { value: 'admin', label: 'Admin' },
] as const;
