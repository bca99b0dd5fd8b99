"""An SMTP server that accepts every message and appends one line per recipient to a file:
'<recipient>\t<subject>'. The resilience harness counts and compares those lines.

    python3 ops/resilience/smtp_sink.py 2525 received.tsv
"""
import asyncore
import email
import email.policy
import smtpd
import sys


class Sink(smtpd.SMTPServer):
    def __init__(self, port, path):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.path = path

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        subject = str(email.message_from_bytes(data, policy=email.policy.default).get("Subject", "")).replace("\t", " ").replace("\n", " ")
        with open(self.path, "a", encoding="utf-8") as out:
            for rcpt in rcpttos:
                out.write(f"{rcpt}\t{subject}\n")


if __name__ == "__main__":
    Sink(int(sys.argv[1]), sys.argv[2])
    asyncore.loop()
