package id.ppu.dukcapil.intake;

/** A webhook call whose X-Hub-Signature-256 is missing or does not match the body: not from Meta. */
class InvalidSignatureException extends RuntimeException {

    InvalidSignatureException() {
        super("Missing or wrong X-Hub-Signature-256");
    }
}
