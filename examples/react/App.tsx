import { useRef, useState } from 'react';
import type { StatusBanner, StatusBannerEventMap } from 'status-banner';
import 'status-banner'; // registers <status-banner>

export function App() {
  const banner = useRef<StatusBanner>(null);
  const [lastError, setLastError] = useState<string>();

  const onError = (event: StatusBannerEventMap['status-banner-error']) => {
    setLastError(`${event.detail.kind}: ${event.detail.message}`);
  };

  return (
    <>
      <status-banner
        ref={banner}
        src="/status.json"
        interval={30}
        position="top"
        components="api,billing"
        onstatus-banner-error={onError}
        onstatus-banner-show={(event) => console.info('showing', event.detail.key)}
      />
      <button type="button" onClick={() => banner.current?.dismiss()}>
        Dismiss
      </button>
      {lastError && <p role="status">Status feed unavailable ({lastError})</p>}
    </>
  );
}
