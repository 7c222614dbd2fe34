import { css } from 'lit';

/**
 * A checkbox and its label on one line, a 44 px target (the catalogue's and
 * the map's filters). The element sets `--_check-accent`.
 */
export const checkStyles = css`
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  .check input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--_check-accent);
  }
`;
