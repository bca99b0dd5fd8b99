"""An SMTP server that accepts every message and appends one line per recipient to a file:
'<recipient>\t<subject>\t<the Tasklist task the message links to>'. The resilience harness counts those lines:
one notification is one recipient and one linked task.

    python3 ops/resilience/smtp_sink.py 2525 received.tsv
"""
import asyncore
import email
import email.policy
import re
import smtpd
import sys


class Sink(smtpd.SMTPServer):
    def __init__(self, port, path):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.path = path

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data, policy=email.policy.default)
        subject = str(message.get("Subject", "")).replace("\t", " ").replace("\n", " ")
        body = message.get_body(preferencelist=("plain",))
        link = re.search(r"[?&]task=([0-9a-zA-Z-]+)", body.get_content() if body else "")
        with open(self.path, "a", encoding="utf-8") as out:
            for rcpt in rcpttos:
                out.write(f"{rcpt}\t{subject}\t{link.group(1) if link else ''}\n")


if __name__ == "__main__":
    Sink(int(sys.argv[1]), sys.argv[2])
    asyncore.loop()
