// Input types of the cluster-role rules: what a node knows of itself and what a peer says about itself. The
// daemon adapts its log and its peers' Describe answers to these; the rules depend on nothing else.

/** The roles a node can be in. `fenced`: a master that learned of a newer epoch and stopped writing. */
export type Role = 'master' | 'replica' | 'fenced';

/** What a peer says about itself (its Describe answer). */
export interface PeerView {
  role: string;
  /** The highest epoch the peer knows. */
  epoch: number;
  /** The master the peer follows (its own address when it is master). */
  master: string;
  headSeq: number;
}
