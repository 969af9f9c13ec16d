import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

/**
 * The outside channels of the alert centre, each on only when configured (in-app is always on):
 * - `SMTP_URL` (smtp://user:pass@host:587, smtps://… for TLS) and `MAIL_FROM` (提醒中心 <alerts@chain.cn>): mail;
 * - `WECOM_WEBHOOK_URL`: the chain's 企业微信 group robot (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…).
 * Read at each send, so a test (or an operator) can point them at a local receiver without a restart.
 */
export interface ChannelConfig {
  smtpUrl: string | null;
  mailFrom: string;
  wecomWebhookUrl: string | null;
}

export function channelConfig(env: NodeJS.ProcessEnv = process.env): ChannelConfig {
  return {
    smtpUrl: env['SMTP_URL']?.trim() || null,
    mailFrom: env['MAIL_FROM']?.trim() || '门店营运提醒中心 <alerts@localhost>',
    wecomWebhookUrl: env['WECOM_WEBHOOK_URL']?.trim() || null,
  };
}

/** How long a channel may take before the send counts as failed (and is tried again at the next run). */
const SEND_TIMEOUT_MS = 10_000;

@Injectable()
export class AlertChannels implements OnModuleDestroy {
  private readonly logger = new Logger(AlertChannels.name);
  private transport: { url: string; transporter: Transporter } | null = null;

  /** `notice` names what the message is (digest, reminder) in an X-StoreOps-Notice header, for mail rules. */
  async sendMail(to: string, subject: string, text: string, notice: string): Promise<void> {
    const config = channelConfig();
    if (!config.smtpUrl) throw new Error('SMTP_URL is not set');
    if (this.transport?.url !== config.smtpUrl) {
      this.transport?.transporter.close();
      this.transport = {
        url: config.smtpUrl,
        transporter: createTransport(config.smtpUrl, {
          connectionTimeout: SEND_TIMEOUT_MS,
          greetingTimeout: SEND_TIMEOUT_MS,
          socketTimeout: SEND_TIMEOUT_MS,
        }),
      };
    }
    await this.transport.transporter.sendMail({ from: config.mailFrom, to, subject, text, headers: { 'X-StoreOps-Notice': notice } });
  }

  /** A markdown message to the group robot; WeCom answers 200 with `errcode` 0 when it took it. */
  async sendWecom(content: string): Promise<void> {
    const url = channelConfig().wecomWebhookUrl;
    if (!url) throw new Error('WECOM_WEBHOOK_URL is not set');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { content } }),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => null)) as { errcode?: number; errmsg?: string } | null;
    if (!res.ok || (body?.errcode ?? 0) !== 0) throw new Error(`WeCom answered ${res.status} ${body?.errmsg ?? ''}`.trim());
  }

  onModuleDestroy(): void {
    this.transport?.transporter.close();
    this.transport = null;
    this.logger.debug('mail transport closed');
  }
}
