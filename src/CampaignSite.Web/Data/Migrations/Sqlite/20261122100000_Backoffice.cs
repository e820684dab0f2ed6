using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Sqlite;

/// <summary>
/// The backoffice: accounts and roles (ASP.NET Core Identity), review state and the recycle bin on
/// documents, schedules, the audit log, redirects from old slugs, the scheduler's lease and the
/// data-protection keys every web node shares. The statements are the ones the model creates, so
/// MigrationsTests can compare the two.
/// </summary>
[DbContext(typeof(SqliteCampaignDbContext))]
[Migration("20261122100000_Backoffice")]
public sealed class Backoffice : Migration
{
    protected override void Up(MigrationBuilder b) => b.Sql("""
        ALTER TABLE "documents" ADD "Title" TEXT NOT NULL DEFAULT '';

        ALTER TABLE "documents" ADD "Review" TEXT NULL;

        ALTER TABLE "documents" ADD "ReviewNote" TEXT NULL;

        ALTER TABLE "documents" ADD "DeletedUtc" TEXT NULL;

        CREATE TABLE "audit_log" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_audit_log" PRIMARY KEY AUTOINCREMENT,
            "AtUtc" TEXT NOT NULL,
            "User" TEXT NOT NULL,
            "Action" TEXT NOT NULL,
            "DocumentId" INTEGER NULL,
            "Detail" TEXT NOT NULL
        );

        CREATE TABLE "data_protection_keys" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
            "Name" TEXT NOT NULL,
            "Xml" TEXT NOT NULL
        );

        CREATE TABLE "leases" (
            "Name" TEXT NOT NULL CONSTRAINT "PK_leases" PRIMARY KEY,
            "Holder" TEXT NOT NULL,
            "ExpiresUtc" TEXT NOT NULL
        );

        CREATE TABLE "roles" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_roles" PRIMARY KEY,
            "Name" TEXT NULL,
            "NormalizedName" TEXT NULL,
            "ConcurrencyStamp" TEXT NULL
        );

        CREATE TABLE "users" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_users" PRIMARY KEY,
            "DisplayName" TEXT NOT NULL,
            "AllowedTypes" TEXT NULL,
            "CreatedUtc" TEXT NOT NULL,
            "UserName" TEXT NULL,
            "NormalizedUserName" TEXT NULL,
            "Email" TEXT NULL,
            "NormalizedEmail" TEXT NULL,
            "EmailConfirmed" INTEGER NOT NULL,
            "PasswordHash" TEXT NULL,
            "SecurityStamp" TEXT NULL,
            "ConcurrencyStamp" TEXT NULL,
            "PhoneNumber" TEXT NULL,
            "PhoneNumberConfirmed" INTEGER NOT NULL,
            "TwoFactorEnabled" INTEGER NOT NULL,
            "LockoutEnd" TEXT NULL,
            "LockoutEnabled" INTEGER NOT NULL,
            "AccessFailedCount" INTEGER NOT NULL
        );

        CREATE TABLE "redirects" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_redirects" PRIMARY KEY AUTOINCREMENT,
            "Type" TEXT NOT NULL,
            "Slug" TEXT NOT NULL,
            "DocumentId" INTEGER NOT NULL,
            "CreatedUtc" TEXT NOT NULL,
            CONSTRAINT "FK_redirects_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "schedules" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_schedules" PRIMARY KEY AUTOINCREMENT,
            "DocumentId" INTEGER NOT NULL,
            "Action" TEXT NOT NULL,
            "DueUtc" TEXT NOT NULL,
            "CreatedBy" TEXT NOT NULL,
            "CreatedUtc" TEXT NOT NULL,
            "DoneUtc" TEXT NULL,
            "Outcome" TEXT NULL,
            CONSTRAINT "FK_schedules_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "role_claims" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_role_claims" PRIMARY KEY AUTOINCREMENT,
            "RoleId" TEXT NOT NULL,
            "ClaimType" TEXT NULL,
            "ClaimValue" TEXT NULL,
            CONSTRAINT "FK_role_claims_roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "roles" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "user_claims" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_user_claims" PRIMARY KEY AUTOINCREMENT,
            "UserId" TEXT NOT NULL,
            "ClaimType" TEXT NULL,
            "ClaimValue" TEXT NULL,
            CONSTRAINT "FK_user_claims_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "user_logins" (
            "LoginProvider" TEXT NOT NULL,
            "ProviderKey" TEXT NOT NULL,
            "ProviderDisplayName" TEXT NULL,
            "UserId" TEXT NOT NULL,
            CONSTRAINT "PK_user_logins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
            CONSTRAINT "FK_user_logins_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "user_roles" (
            "UserId" TEXT NOT NULL,
            "RoleId" TEXT NOT NULL,
            CONSTRAINT "PK_user_roles" PRIMARY KEY ("UserId", "RoleId"),
            CONSTRAINT "FK_user_roles_roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "roles" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_user_roles_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "user_tokens" (
            "UserId" TEXT NOT NULL,
            "LoginProvider" TEXT NOT NULL,
            "Name" TEXT NOT NULL,
            "Value" TEXT NULL,
            CONSTRAINT "PK_user_tokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
            CONSTRAINT "FK_user_tokens_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
        );

        CREATE INDEX "IX_audit_log_AtUtc" ON "audit_log" ("AtUtc");

        CREATE INDEX "IX_redirects_DocumentId" ON "redirects" ("DocumentId");

        CREATE UNIQUE INDEX "IX_redirects_Type_Slug" ON "redirects" ("Type", "Slug");

        CREATE INDEX "IX_role_claims_RoleId" ON "role_claims" ("RoleId");

        CREATE UNIQUE INDEX "RoleNameIndex" ON "roles" ("NormalizedName");

        CREATE INDEX "IX_schedules_DocumentId" ON "schedules" ("DocumentId");

        CREATE INDEX "IX_schedules_DoneUtc_DueUtc" ON "schedules" ("DoneUtc", "DueUtc");

        CREATE INDEX "IX_user_claims_UserId" ON "user_claims" ("UserId");

        CREATE INDEX "IX_user_logins_UserId" ON "user_logins" ("UserId");

        CREATE INDEX "IX_user_roles_RoleId" ON "user_roles" ("RoleId");

        CREATE INDEX "EmailIndex" ON "users" ("NormalizedEmail");

        CREATE UNIQUE INDEX "UserNameIndex" ON "users" ("NormalizedUserName");
        """);

    protected override void Down(MigrationBuilder b) => throw new NotSupportedException("The backoffice tables cannot be removed by a migration; restore a backup instead.");
}
