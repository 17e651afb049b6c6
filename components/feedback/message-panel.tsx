import type { ReactNode } from 'react';

interface MessagePanelProps {
  tone: 'info' | 'warning' | 'error';
  title: string;
  children?: ReactNode;
  /** Links or buttons that get the user out of the situation. */
  actions?: ReactNode;
}

/** A clear, centred message in place of content that cannot be shown (never a blank screen). */
export function MessagePanel({ tone, title, children, actions }: MessagePanelProps) {
  return (
    <div className={`message message-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h2 className="message-title">{title}</h2>
      {children ? <div className="message-body">{children}</div> : null}
      {actions ? <div className="message-actions">{actions}</div> : null}
    </div>
  );
}
