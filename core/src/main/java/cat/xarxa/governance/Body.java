package cat.xarxa.governance;

/** The bodies of the network (seed 000, 001). */
public enum Body {
    /** Assemblea General: every member council; it decides admissions, fees and budgets. */
    GENERAL_ASSEMBLY,
    /** Comissió Executiva; meets virtually. */
    EXECUTIVE_COMMISSION,
    /** Comissió Tècnica: sets the basic lines of most actions, reviews good practices; meets virtually. */
    TECHNICAL_COMMISSION,
    /** Secretaria Tècnica: executes. */
    TECHNICAL_SECRETARIAT,
    /** The presidency: refers applications to the assembly. */
    PRESIDENCY;

    /** Whether the body has seats of its own; the assembly is every member and has none. */
    public boolean hasSeats() {
        return this != GENERAL_ASSEMBLY;
    }
}
