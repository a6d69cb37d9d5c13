import { describe, expect, it } from 'vitest';
import { patientName } from '@/lib/domain/patient-name';

describe('patient name', () => {
  it('reads given name first, or family name first in lists sorted by it', () => {
    const ada = { givenName: 'Ada', familyName: 'Lovelace' };
    expect(patientName(ada)).toBe('Ada Lovelace');
    expect(patientName(ada, 'family-first')).toBe('Lovelace, Ada');
  });
});
