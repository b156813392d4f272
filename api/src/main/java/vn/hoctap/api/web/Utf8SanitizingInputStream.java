package vn.hoctap.api.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes well-formed UTF-8 through unchanged and replaces every ill-formed sequence (overlong forms such as
 * {@code C0 AF}, encoded surrogates, bytes that start no sequence, truncated sequences, code points above U+10FFFF)
 * with U+FFFD, one per maximal ill-formed subpart (Unicode §3.9, "U+FFFD Substitution of Maximal Subparts"). The JSON
 * parser downstream does not check overlong forms and would silently turn {@code C0 AF} into "/"; after this stream, the
 * damage is visible as U+FFFD, which {@link InputRules} refuses with the field named.
 */
final class Utf8SanitizingInputStream extends FilterInputStream {

    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private final byte[] in = new byte[8192];
    private byte[] out = new byte[8192 * 3 + 8];
    private int outStart;
    private int outEnd;
    /** Bytes of a sequence begun in one read and not yet complete. */
    private final byte[] partial = new byte[4];
    private int partialLength;
    private boolean eof;

    Utf8SanitizingInputStream(InputStream delegate) {
        super(delegate);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int count = read(one, 0, 1);
        return count < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (outStart == outEnd) {
            if (eof) {
                return -1;
            }
            fill();
        }
        int count = Math.min(length, outEnd - outStart);
        System.arraycopy(out, outStart, buffer, offset, count);
        outStart += count;
        return count;
    }

    @Override
    public int available() {
        return outEnd - outStart;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        byte[] sink = new byte[512];
        while (skipped < n) {
            int count = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (count < 0) {
                break;
            }
            skipped += count;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void fill() throws IOException {
        outStart = 0;
        outEnd = 0;
        int count = super.read(in, 0, in.length);
        if (count < 0) {
            eof = true;
            if (partialLength > 0) {
                replace();
                partialLength = 0;
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            accept(in[i] & 0xFF);
        }
    }

    /** Feeds one byte through the decoder's state: the partial sequence held so far and this byte. */
    private void accept(int b) {
        if (partialLength == 0) {
            if (b < 0x80) {
                out[outEnd++] = (byte) b;
            } else if (length(b) == 0) {
                replace();
            } else {
                partial[partialLength++] = (byte) b;
            }
            return;
        }
        if (!continues(partial[0] & 0xFF, partialLength, b)) {
            replace();
            partialLength = 0;
            accept(b);
            return;
        }
        partial[partialLength++] = (byte) b;
        if (partialLength == length(partial[0] & 0xFF)) {
            System.arraycopy(partial, 0, out, outEnd, partialLength);
            outEnd += partialLength;
            partialLength = 0;
        }
    }

    /** The length of the sequence a lead byte starts, or 0 when it starts none (C0, C1, F5–FF, continuation bytes). */
    private static int length(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /** Whether {@code b} may follow a sequence of {@code held} bytes begun by {@code lead} (Unicode Table 3-7). */
    private static boolean continues(int lead, int held, int b) {
        if (held == 1) {
            return switch (lead) {
                case 0xE0 -> b >= 0xA0 && b <= 0xBF;
                case 0xED -> b >= 0x80 && b <= 0x9F;
                case 0xF0 -> b >= 0x90 && b <= 0xBF;
                case 0xF4 -> b >= 0x80 && b <= 0x8F;
                default -> b >= 0x80 && b <= 0xBF;
            };
        }
        return b >= 0x80 && b <= 0xBF;
    }

    private void replace() {
        System.arraycopy(REPLACEMENT, 0, out, outEnd, REPLACEMENT.length);
        outEnd += REPLACEMENT.length;
    }
}
