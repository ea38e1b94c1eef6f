package app.avenant.contract.domain;

/** A contract together with the caller's membership of it. */
public record MemberAccess(Contract contract, Membership membership) {}
