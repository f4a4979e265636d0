-- Educators can disable another educator's account. Failed sign-ins are no longer counted per account in the
-- database: SignInThrottle counts them per client and account (DECISIONS.md), so a stranger cannot lock anyone out.
alter table educator add column disabled boolean default false not null;
alter table educator drop column failed_sign_ins;
alter table educator drop column locked_until;
