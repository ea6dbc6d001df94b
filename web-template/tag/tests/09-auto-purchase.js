// Automatic mode tracks a GA4 purchase as checkout with every item
dataLayer = purchase;
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()).isEqualTo([['track', 'checkout', {
  value: 59.8, currency: 'EUR', order_id: 'T-1001', order_quantity: 3, promo_code: 'PIN10', event_id: 'checkout_T-1001',
  line_items: [
    { product_id: 'SKU-1', product_name: 'Vase', product_category: 'Home', product_variant: 'Blue', product_brand: 'Acme', product_price: 19.9, product_quantity: 2 },
    { product_id: 'SKU-2', product_name: 'Mug', product_price: 20, product_quantity: 1 },
  ],
}]]);
