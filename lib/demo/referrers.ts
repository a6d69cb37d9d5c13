/** The demo clinic's referring doctors (fictional; `.example` addresses never deliver). */
export const DEMO_REFERRERS = [
  {
    name: 'Dr Ann Shaw',
    practice: 'Harbour Street Medical Practice',
    address: '14 Harbour Street\nSpringfield SP1 2AB',
    email: 'ann.shaw@harbour-practice.example',
  },
  {
    name: 'Mr James Whitfield FRCS (Orth)',
    practice: 'Springfield General Hospital, Orthopaedic Department',
    address: 'Hospital Road\nSpringfield SP4 9QT',
    email: 'j.whitfield@springfield-general.example',
  },
  {
    name: 'Dr Mei Lin Tan',
    practice: 'Northgate Surgery',
    address: '2 Northgate Parade\nSpringfield SP2 7LD',
    email: 'reception@northgate-surgery.example',
  },
  {
    name: 'Dr Rhys Evans',
    practice: 'Springfield Sports Medicine Centre',
    address: 'Unit 5, Riverside Park\nSpringfield SP3 1RE',
    email: null,
  },
  { name: 'Dr Carla Moreno', practice: 'Westfield Family Health', address: '88 Westfield Road\nSpringfield SP5 3WF', email: null },
] as const;
