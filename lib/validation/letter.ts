import { z } from 'zod';
import { requiredText } from './common';

/** What the specialist writes before generating a letter. */
export const letterInputSchema = z.object({ plan: requiredText('Plan', 3000) });
