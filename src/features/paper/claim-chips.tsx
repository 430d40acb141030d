import type { Claim } from '../../lib/types';
import { claimKindLabel } from '../../lib/claims/claim-summary';

/** Claims as chips; each expands to the sentence it was extracted from. */
export function ClaimChips({ claims }: { claims: Claim[] }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims</h2>
      <ul className="claim-list">
        {claims.map((c, i) => (
          <li key={`${c.kind}-${i}`}>
            <details className="claim">
              <summary>
                {claimKindLabel(c) && <span className="claim-kind">{claimKindLabel(c)} </span>}
                {c.text}
              </summary>
              <blockquote>{c.sentence}</blockquote>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
