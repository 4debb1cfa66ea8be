-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "deletedAt" TIMESTAMP(3);
