/** The affiliate code in a small badge; the connector's name on hover. */
export function MarketplaceBadge({ affiliateId, connectorName }: { affiliateId: string; connectorName: string | null }) {
  return (
    <span className="badge badge-marketplace" title={connectorName ?? affiliateId}>
      {affiliateId}
    </span>
  );
}
