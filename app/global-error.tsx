"use client";

// Shown when the root layout itself fails, so it cannot rely on translations: both languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>出错了 / Something went wrong</h1>
        <p>处理您的请求时出现问题，请稍后重试。/ There was a problem handling your request.</p>
        <button type="button" onClick={reset}>
          重试 / Try again
        </button>
      </body>
    </html>
  );
}
