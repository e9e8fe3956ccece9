package se.delaktig.invitation.internal.channel.print;

import io.nayuki.qrcodegen.QrCode;

/** Turns a text into the parts of an SVG QR code: side length with quiet zone and one path of dark modules. */
final class QrSvg {

    /** Light modules around the symbol, as the QR standard asks. */
    static final int QUIET_ZONE = 4;

    /**
     * @param size    modules per side, without the quiet zone (17 + 4 × version)
     * @param version the QR version chosen for the text
     * @param box     side of the view box, with the quiet zone
     * @param path    SVG path data: one {@code Mx,yh1v1h-1z} square per dark module, digits and
     *                {@code Mhvz,-} only
     */
    record Symbol(int size, int version, int box, String path) {
    }

    private QrSvg() {
    }

    /**
     * @param text the text to encode (the invitation link)
     * @return the symbol, error correction level M (15 % may be damaged: creased or smudged paper)
     */
    static Symbol encode(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return new Symbol(qr.size, qr.version, qr.size + 2 * QUIET_ZONE, path.toString());
    }
}
