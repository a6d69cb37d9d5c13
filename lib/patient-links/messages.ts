/** What a patient reads when a link cannot be answered, and the HTTP status that goes with it. */
export const LINK_PROBLEMS = {
  used: { status: 410, title: 'This link has already been used', body: 'Your answers were saved. Thank you. There is nothing more to do.' },
  expired: {
    status: 410,
    title: 'This link has expired — please ask the clinic for a new one',
    body: 'Links work for a limited time. The clinic can send you a new one.',
  },
  unknown: {
    status: 404,
    title: 'This link is not valid',
    body: 'Check that the whole link was copied, or ask the clinic for a new one.',
  },
  busy: { status: 429, title: 'Too many attempts', body: 'Please wait a few minutes, then open the link again.' },
  missing: {
    status: 200,
    title: 'Please open the link again',
    body: 'Open the link from your message or scan the code again to see the questions.',
  },
} as const;

export type LinkProblem = keyof typeof LINK_PROBLEMS;
