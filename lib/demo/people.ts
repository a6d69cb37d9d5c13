export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_STAFF = [
  { email: 'specialist@prolotrack.test', name: 'Dr Amara Okafor', role: 'specialist' },
  { email: 'lukas.brandt@prolotrack.test', name: 'Dr Lukas Brandt', role: 'specialist' },
  { email: 'priya.raman@prolotrack.test', name: 'Dr Priya Raman', role: 'specialist' },
  { email: 'manager@prolotrack.test', name: 'Helen Marsh', role: 'manager' },
  { email: 'admin@prolotrack.test', name: 'Sam Ortiz', role: 'admin' },
] as const;

export const GIVEN_NAMES = [
  'Olivia', 'Noah', 'Amelia', 'Liam', 'Isla', 'Mateo', 'Ava', 'Ethan', 'Mia', 'Lucas', 'Sofia', 'Arjun',
  'Chloe', 'Kwame', 'Grace', 'Hiroshi', 'Zara', 'Daniel', 'Leila', 'Tomás', 'Hannah', 'Omar', 'Freya',
  'Samuel', 'Anika', 'Jack', 'Maya', 'Ibrahim', 'Ruby', 'Felix', 'Nadia', 'George', 'Elena', 'Kai',
  'Rosa', 'William', 'Aisha', 'Henry', 'Ingrid', 'Marco',
] as const;

export const FAMILY_NAMES = [
  'Smith', 'Nguyen', 'Patel', 'Jones', 'García', 'Williams', 'Kowalski', 'Brown', 'Osei', 'Taylor',
  'Müller', 'Wilson', 'Haddad', 'Evans', 'Tanaka', 'Clarke', 'Rossi', 'Walker', 'Silva', 'Hughes',
  'Andersen', 'Green', 'Khan', 'Wright', 'Murphy', 'Dubois', 'Hall', 'Novak', 'King', 'Mensah',
] as const;
