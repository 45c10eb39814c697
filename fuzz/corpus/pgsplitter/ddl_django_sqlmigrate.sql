BEGIN;
--
-- Create model Supplier
--
CREATE TABLE "catalog_supplier" ("id" bigserial NOT NULL PRIMARY KEY, "name" varchar(120) NOT NULL UNIQUE, "email" varchar(254) NOT NULL);
--
-- Create model Product
--
CREATE TABLE "catalog_product" ("id" bigserial NOT NULL PRIMARY KEY, "sku" varchar(32) NOT NULL UNIQUE, "title" varchar(200) NOT NULL, "price" numeric(10, 2) NOT NULL, "created" timestamp with time zone NOT NULL, "supplier_id" bigint NOT NULL);
--
-- Create index product_supplier_recent on field(s) supplier, -created of model product
--
CREATE INDEX "product_supplier_recent" ON "catalog_product" ("supplier_id", "created" DESC);
CREATE INDEX "catalog_supplier_name_20ee1678_like" ON "catalog_supplier" ("name" varchar_pattern_ops);
ALTER TABLE "catalog_product" ADD CONSTRAINT "catalog_product_supplier_id_4dd661ea_fk_catalog_supplier_id" FOREIGN KEY ("supplier_id") REFERENCES "catalog_supplier" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "catalog_product_sku_5c54c070_like" ON "catalog_product" ("sku" varchar_pattern_ops);
CREATE INDEX "catalog_product_title_d4d0b119" ON "catalog_product" ("title");
CREATE INDEX "catalog_product_title_d4d0b119_like" ON "catalog_product" ("title" varchar_pattern_ops);
CREATE INDEX "catalog_product_supplier_id_4dd661ea" ON "catalog_product" ("supplier_id");
COMMIT;
