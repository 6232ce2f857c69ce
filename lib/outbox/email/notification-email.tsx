import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";

export interface NotificationEmailProps {
  portalName: { zh: string; en: string };
  title: { zh: string; en: string };
  body: { zh: string; en: string } | null;
  /** Absolute. */
  link: string | null;
  /** Absolute; only for kinds a person may turn off. */
  preferencesLink: string | null;
  portalLink: string;
}

// pre-line: a body of several lines (a reason, then the sections to correct) keeps its lines.
const text = { fontSize: "15px", lineHeight: "24px", color: "#1f2937", margin: "0 0 12px", whiteSpace: "pre-line" as const };
const small = { fontSize: "12px", lineHeight: "18px", color: "#4b5563", margin: "0 0 6px" };

/**
 * Every notice the portal emails: Chinese first, then English, each with its own button to the
 * same absolute link, and — for what can be turned off — where to turn it off.
 */
export function NotificationEmail({ portalName, title, body, link, preferencesLink, portalLink }: NotificationEmailProps) {
  const part = (lang: "zh" | "en") => (
    <Section lang={lang === "zh" ? "zh-CN" : "en"}>
      <Heading as="h2" style={{ fontSize: "18px", color: "#111827", margin: "0 0 12px" }}>
        {title[lang]}
      </Heading>
      {body ? <Text style={text}>{body[lang]}</Text> : null}
      {link ? (
        <Button href={link} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", padding: "10px 18px", borderRadius: "6px", fontSize: "14px" }}>
          {lang === "zh" ? "在平台中查看" : "View in the portal"}
        </Button>
      ) : null}
      {link ? (
        <Text style={small}>
          {lang === "zh" ? "或复制此地址：" : "Or copy this address: "}
          <Link href={link}>{link}</Link>
        </Text>
      ) : null}
    </Section>
  );
  return (
    <Html lang="zh-CN">
      <Head />
      <Preview>{`${title.zh} / ${title.en}`}</Preview>
      <Body style={{ backgroundColor: "#f3f4f6", fontFamily: "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',Arial,sans-serif" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "600px" }}>
          <Text style={{ ...small, fontWeight: "bold" }}>
            <Link href={portalLink}>
              {portalName.zh} · {portalName.en}
            </Link>
          </Text>
          <Hr />
          {part("zh")}
          <Hr />
          {part("en")}
          <Hr />
          <Text style={small}>此邮件由系统自动发送，请勿直接回复。 · This message was sent automatically; please do not reply to it.</Text>
          {preferencesLink ? (
            <Text style={small}>
              不想再收到此类邮件？<Link href={preferencesLink}>在通知设置中关闭</Link> · Don’t want these emails?{" "}
              <Link href={preferencesLink}>Turn them off in your notification settings</Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
